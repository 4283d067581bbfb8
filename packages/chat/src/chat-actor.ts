/** Who is acting: the signed-in user. */
export interface ChatActor {
  userId: string;
}
