import type { ObjectRight } from '../manifest/manifest.js';

/** The order rights are listed in, everywhere: in the model, in messages, in documentation. */
export const RIGHT_ORDER: readonly ObjectRight[] = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll', 'viewAllFields'];

/**
 * What the platform requires alongside each object right: a permission set that lacks one of them fails to
 * deploy. Create, edit, delete, View All and View All Fields need read; delete needs edit; Modify All needs
 * read, edit, delete and View All.
 */
const REQUIRES: Readonly<Record<ObjectRight, readonly ObjectRight[]>> = {
  read: [],
  create: ['read'],
  edit: ['read'],
  delete: ['read', 'edit'],
  viewAll: ['read'],
  modifyAll: ['read', 'edit', 'delete', 'viewAll'],
  viewAllFields: ['read'],
};

const inOrder = (rights: ReadonlySet<ObjectRight>): ObjectRight[] => RIGHT_ORDER.filter((right) => rights.has(right));

/** The rights asked for and every right they require: what a permission set must grant. */
export const withRequiredRights = (rights: Iterable<ObjectRight>): ObjectRight[] => {
  const closed = new Set<ObjectRight>();
  const add = (right: ObjectRight): void => {
    if (closed.has(right)) return;
    closed.add(right);
    REQUIRES[right].forEach(add);
  };
  [...rights].forEach(add);
  return inOrder(closed);
};

/**
 * The rights muted and every right that requires one of them: muting read mutes everything, muting edit
 * mutes delete and Modify All. What a muting permission set must mute for the group to stay consistent.
 */
export const withDependentRights = (rights: Iterable<ObjectRight>): ObjectRight[] => {
  const closed = new Set<ObjectRight>();
  const add = (right: ObjectRight): void => {
    if (closed.has(right)) return;
    closed.add(right);
    RIGHT_ORDER.filter((other) => REQUIRES[other].includes(right)).forEach(add);
  };
  [...rights].forEach(add);
  return inOrder(closed);
};
