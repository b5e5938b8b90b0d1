/** jsdom cannot lay out SVG charts; component tests render the chart's data as a list instead. */
import * as React from 'react';

export function HorizontalBarChartWithAxis(props: {
  data?: { x: number; y: string | number; legend?: string }[];
}): JSX.Element {
  return (
    <ul data-testid="grafik">
      {(props.data ?? []).map((d, i) => (
        <li key={i}>{`${d.y}: ${d.x}${d.legend ? ` (${d.legend})` : ''}`}</li>
      ))}
    </ul>
  );
}
