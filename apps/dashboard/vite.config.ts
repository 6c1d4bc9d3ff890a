import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: {
    // The API and the dashboard share an origin in production; in dev vite forwards /graphql and /export.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
  build: {
    // dist/.vite/manifest.json: the chunk graph, read by scripts/bundle-size.ts to weigh each route.
    manifest: true,
    // The echarts chunk (~575 kB, ~195 kB gzip) is large by nature and cached on its own.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // ECharts is most of the weight and changes least often: its own long-cached chunk.
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ },
            // The XLSX writer is imported on first export only: kept out of the vendor chunk of the first load.
            { name: 'xlsx', test: /[\\/]node_modules[\\/](write-excel-file|fflate)[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
