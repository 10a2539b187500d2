import { spawn } from 'node:child_process';

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node --import tsx SCRIPT ARGS` in its own process, as an npm script runs a CLI; resolves once it has exited. */
export function runScript(script: string, args: readonly string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
