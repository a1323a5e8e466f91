import type { Role } from './bindings';

/** The roles in the order the profile form offers them (same order as `Role::ALL` in core). */
export const ROLES: Role[] = [
  'baliemedewerker',
  'wijkteam',
  'leerplicht',
  'wmo-consulent',
  'boa',
  'jongerenwerker',
  'klantmanager',
  'beleid',
  'overig',
];
