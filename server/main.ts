import { buildApp } from './app.ts';
import { readConfig } from './config.ts';

try {
  const config = readConfig();
  const app = await buildApp({ distDir: config.distDir });
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(`Peru Support Group site: ${address.replace('127.0.0.1', 'localhost')}`);
  console.log(`  serving ${config.distDir}`);
  console.log('  settings: PORT, HOST, DATABASE (defaults 3000, 127.0.0.1, data/psg.db)');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
