import react from "@vitejs/plugin-react";
import postcssPresetMantine from "postcss-preset-mantine";
import postcssSimpleVars from "postcss-simple-vars";
import type { AcceptedPlugin } from "postcss";
import { defineConfig } from "vite";

// Both plugins declare loose (any) types; pin down what is used here.
const presetMantine = postcssPresetMantine as () => AcceptedPlugin;
const simpleVars = postcssSimpleVars as (options: { variables: Record<string, string> }) => AcceptedPlugin;

const api = { target: "http://localhost:8080", changeOrigin: false };

// Run from packages/web (npm run build -w @ariadne/web): `dist` is packages/web/dist.
export default defineConfig({
  plugins: [react()],
  css: {
    // PostCSS lives here rather than in postcss.config.cjs so that every config file is
    // TypeScript the type-aware lint can parse.
    postcss: {
      plugins: [
        presetMantine(),
        simpleVars({
          variables: {
            "mantine-breakpoint-xs": "36em",
            "mantine-breakpoint-sm": "48em",
            "mantine-breakpoint-md": "62em",
            "mantine-breakpoint-lg": "75em",
            "mantine-breakpoint-xl": "88em",
          },
        }),
      ],
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No source maps: the server serves dist as it is, to anyone who asks.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/, priority: 2 },
            { name: "vendor", test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { proxy: { "/api": api } },
  preview: { proxy: { "/api": api } },
});
