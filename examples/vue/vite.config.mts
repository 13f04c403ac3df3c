import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue renders every ckit-* tag as a custom element (not a Vue component).
// `npm run dev` proxies the API to the reference backend (`npm run mock:serve` at the root).
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ckit-') } } })],
  server: { proxy: { '/api': 'http://localhost:8787' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
