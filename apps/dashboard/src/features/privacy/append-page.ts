interface Connection {
  edges: readonly unknown[];
}

/** A Relay connection with the next page's edges after the ones already shown (for fetchMore's updateQuery). */
export function appendPage<C extends Connection>(shown: C, next: C): C {
  return { ...next, edges: [...shown.edges, ...next.edges] };
}
