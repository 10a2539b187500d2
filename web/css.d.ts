// esbuild bundles the stylesheet the entry imports into main.css.
declare module '*.css';
