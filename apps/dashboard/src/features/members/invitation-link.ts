/** The sign-up link an invitee opens: the token travels in the query, never to any server but ours. */
export function invitationLink(token: string, origin = window.location.origin): string {
  return `${origin}/signup?${new URLSearchParams({ invitation: token }).toString()}`;
}
