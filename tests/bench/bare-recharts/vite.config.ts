// Read by `vite build tests/bench/bare-recharts` (the root's config is not: like tests/bench/bare,
// this app is built with Vite's defaults). recharts makes one chunk of ~580 kB before gzip, which
// is the point of the comparison, not something to split: no "chunks larger than 500 kB" warning.
import { defineConfig } from 'vite';

export default defineConfig({ build: { chunkSizeWarningLimit: 1024 } });
