// Vite builds the web UI (src/web) into dist/web, which the server serves at /.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompiledMessages } from './src/web/i18n/precompile.ts';

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompiledMessages()],
  publicDir: false,
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and PostgreSQL suites start servers and databases: keep files in two workers.
    maxWorkers: 2,
    // Each worker keeps the modules it has loaded from one test file to the next (loading the
    // server's modules again for every file was a fifth of the run). Tests mock no module; a test
    // that changes process.env puts it back in its afterAll.
    isolate: false,
    // The JSON report lets .ci/run print one 'N passed, N failed' line.
    reporters: ['default', 'json'],
    outputFile: { json: 'var/test-results.json' },
  },
});
