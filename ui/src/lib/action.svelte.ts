import { asIpcError } from './api';
import type { IpcError } from './bindings';

/** A form's pending command: whether it is running, and the error it came back with. */
export class Action {
  busy = $state(false);
  error = $state<IpcError | null>(null);

  async run(call: () => Promise<IpcError | null>) {
    this.busy = true;
    this.error = await call();
    this.busy = false;
  }

  /** Runs a command that answers with a value: the value, or null with the error kept. */
  async attempt<T>(call: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    try {
      const value = await call();
      this.error = null;
      return value;
    } catch (e) {
      this.error = asIpcError(e);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
