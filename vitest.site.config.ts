import { defineConfig } from 'vitest/config';

// Tests of the built site (dist/): they run after the build, unlike tests/unit.
export default defineConfig({
  test: { include: ['tests/site/**/*.test.ts'], environment: 'node' },
});
