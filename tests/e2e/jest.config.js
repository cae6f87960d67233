/**
 * Browser tests (Debian's Chromium through playwright-core) against a built page; run by
 * `node scripts/e2e.mjs`, which builds the page first and skips when /usr/bin/chromium is absent.
 */
const base = require('../../jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/tests/e2e'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFilesAfterEnv: [],
  testTimeout: 60000,
  maxWorkers: 1,
};
