import { AppError } from "@hunar/core/app-error";
import { type ActiveUserFields, isActiveUser } from "@hunar/db/active-user";

// The active-user rule for everything above the domain floor. Its definition lives with the User
// model in @hunar/db (see the note there: gigs and chat, auth's neighbours, need it too and may
// not import auth); what an inactive account may not do (log in, keep a session) is decided here.
export {
  type ActiveUserFields,
  activeUserSelect,
  activeUserSql,
  activeUserWhere,
  isActiveUser,
  withoutActiveUserFields,
} from "@hunar/db/active-user";

/** FORBIDDEN `errors:accountSuspended` unless the loaded account is active. */
export function assertActiveUser(user: ActiveUserFields): void {
  if (!isActiveUser(user)) throw new AppError("FORBIDDEN", "errors:accountSuspended");
}
