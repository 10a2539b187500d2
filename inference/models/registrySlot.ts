import type { ModelRegistry } from './registry.js';

/**
 * The registry predictions run on, replaceable while the bot serves. Each prediction borrows the current
 * registry for its whole run; a replaced registry is closed (its ONNX sessions released) once the last
 * prediction that borrowed it is done, so no run ever meets a released session.
 */
export class RegistrySlot {
  private readonly loans = new Map<ModelRegistry, number>();
  private readonly returned = new Map<ModelRegistry, () => void>();

  constructor(private current: ModelRegistry) {}

  get registry(): ModelRegistry {
    return this.current;
  }

  async borrow<T>(use: (registry: ModelRegistry) => Promise<T>): Promise<T> {
    const registry = this.current;
    this.loans.set(registry, (this.loans.get(registry) ?? 0) + 1);
    try {
      return await use(registry);
    } finally {
      const left = (this.loans.get(registry) ?? 1) - 1;
      if (left > 0) {
        this.loans.set(registry, left);
      } else {
        this.loans.delete(registry);
        this.returned.get(registry)?.();
      }
    }
  }

  /** Makes `next` current at once; resolves when the old registry has been closed. */
  async replace(next: ModelRegistry): Promise<void> {
    const old = this.current;
    this.current = next;
    if (this.loans.has(old)) {
      await new Promise<void>((resolve) => this.returned.set(old, resolve));
      this.returned.delete(old);
    }
    await old.close();
  }
}
