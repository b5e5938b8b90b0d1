/** Jest setup for mutation testing: fast-check properties without their own count run 10 cases (default 100). */
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 10 });
