/** Jest: ts-jest for TypeScript; Node by default, jsdom for component tests (per-file docblock). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', esModuleInterop: true, target: 'ES2022', isolatedModules: true },
      },
    ],
  },
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/tests/support/fileStub.js' },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  testTimeout: 30000,
};
