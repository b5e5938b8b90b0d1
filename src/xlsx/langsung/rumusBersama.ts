/** Shared formulas are translated by core's formula mover (one implementation for readers and rules). */
export { geserRumus } from '../../core/rumus/geser';
