import type { Access } from 'payload'

/** Public: no login needed (people and events are public records). */
export const anyone: Access = () => true
