#!/usr/bin/env node
// `npm run bench`: measures the performance targets (see src/bench/main.ts).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/bench/main.ts');
process.exitCode = await main();
