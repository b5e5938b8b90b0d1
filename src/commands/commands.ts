/* global Office */
/**
 * Ribbon command surface. The ribbon button opens the task pane (ShowTaskpane in manifest.xml), so no
 * ExecuteFunction command is registered; this page exists for hosts that load a function file.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady(() => undefined);
}
export {};
