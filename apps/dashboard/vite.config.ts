import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: {
    // The API and the dashboard share an origin in production; in dev vite forwards /graphql.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    // The echarts chunk (~575 kB, ~195 kB gzip) is large by nature and cached on its own.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // ECharts is most of the weight and changes least often: its own long-cached chunk.
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
