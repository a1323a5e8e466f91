// The municipality's local contacts from the latest snapshot, for the lessons that name them.
import type { Contact } from './bindings';

let current = $state<Contact[]>([]);

export function setContacts(list: Contact[]) {
  current = list;
}

export function contact(key: string): Contact | undefined {
  return current.find((c) => c.key === key);
}

/** "0599 123 400 · meldpunt@… · ma–vr 9.00–17.00": the filled-in ways to reach a contact. */
export function reach(c: Contact): string {
  return [c.phone, c.email, c.hours].filter((x) => x !== '').join(' · ');
}
