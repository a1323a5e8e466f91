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
}
