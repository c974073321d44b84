import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      name: 'sandbox-require',
      enforce: 'pre',
      // Vitest gives each module a CommonJS `require`; template-src must see the sandbox's global one.
      transform(code: string, id: string) {
        if (id.includes('/template-src/')) return 'const require = globalThis.require; ' + code;
      },
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/sandbox-globals.ts'],
    globalSetup: ['tests/setup/build-once.ts'],
    testTimeout: 20000,
  },
});
