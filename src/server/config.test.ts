import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('takes the port and data folder from the environment when the CLI gives none', () => {
    const config = loadConfig(
      { port: undefined, dataDir: undefined },
      { PORT: '8099', AMENDS_DATA_DIR: '/tmp/amends-elsewhere' },
    );
    expect(config.port).toBe(8099);
    expect(config.dataDir).toBe('/tmp/amends-elsewhere');
  });

  it('lets an explicit option win over the environment', () => {
    expect(loadConfig({ port: 9001 }, { PORT: '8099' }).port).toBe(9001);
  });

  it('falls back to the defaults', () => {
    expect(loadConfig({}, {}).port).toBe(8080);
  });
});
