// The coach's components import their own stylesheet, which Vite bundles; this tells TypeScript
// what such an import is (Vite's own declarations for CSS and other assets).
/// <reference types="vite/client" />
