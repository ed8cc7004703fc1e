import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE: z.string().min(1).default('data/psg.db'),
  DIST_DIR: z.string().min(1).default('dist'),
});

export type ServerConfig = { port: number; host: string; databasePath: string; distDir: string };

/** Reads the environment once, with a clear message for a bad value instead of a crash later. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid server settings:\n${lines.join('\n')}`);
  }
  const { PORT, HOST, DATABASE, DIST_DIR } = result.data;
  return { port: PORT, host: HOST, databasePath: resolve(DATABASE), distDir: resolve(DIST_DIR) };
}
