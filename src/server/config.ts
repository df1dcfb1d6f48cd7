import { z } from 'zod';

/** Everything the server needs to start; read once, validated, then passed down. */
export const ServerConfig = z.object({
  host: z.string().min(1).default('localhost'),
  port: z.coerce
    .number()
    .int('The port must be a whole number.')
    .min(0, 'The port must be between 0 and 65535.')
    .max(65535, 'The port must be between 0 and 65535.')
    .default(8080),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://.')
    .optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set behind HTTPS so that the browser only sends the session cookie over TLS. */
  secureCookies: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .default(false),
  /** Sign-in and sign-up attempts allowed per client address per minute. */
  authRateLimit: z.coerce.number().int().positive().default(10),
  /**
   * For browser tests only: a clock that `POST /__test/clock` moves forward, so that a cooling
   * period or an invitation's expiry can pass without waiting. Never set it in production.
   */
  testClock: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .default(false),
  /** Where the built web app lives; the API works without it. */
  webDir: z.string().optional(),
});
export type ServerConfig = z.infer<typeof ServerConfig>;
export type ServerConfigInput = z.input<typeof ServerConfig>;

/** Reads settings from the environment; explicit options (from the CLI) win. */
export function loadConfig(
  options: ServerConfigInput,
  env: NodeJS.ProcessEnv = process.env,
): ServerConfig {
  const fromEnv: ServerConfigInput = {
    host: env.HOST,
    port: env.PORT,
    dataDir: env.AMENDS_DATA_DIR,
    databaseUrl: env.DATABASE_URL === '' ? undefined : env.DATABASE_URL,
    logLevel: env.LOG_LEVEL as ServerConfigInput['logLevel'],
    secureCookies: env.AMENDS_SECURE_COOKIES as ServerConfigInput['secureCookies'],
    authRateLimit: env.AMENDS_AUTH_RATE_LIMIT,
    testClock: env.AMENDS_TEST_CLOCK as ServerConfigInput['testClock'],
  };
  // An option the CLI was not given is undefined: it must not hide the environment's value.
  const given = (values: ServerConfigInput): ServerConfigInput =>
    Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return ServerConfig.parse({ ...given(fromEnv), ...given(options) });
}
