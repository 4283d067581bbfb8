import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("search", "routes/search.tsx"),
  route("signup", "routes/signup.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("account", "routes/account.tsx"),
  route("gigs/new", "routes/gigs-new.tsx"),
  route("gigs/mine", "routes/gigs-mine.tsx"),
  route("gigs/:gigId/edit", "routes/gigs-edit.tsx"),
  route("gigs/:idOrSlug", "routes/gig.tsx"),
  route("admin/moderation", "routes/admin-moderation.tsx"),
  route("c/:slug", "routes/category.tsx"),
  route("u/:handle", "routes/seller-profile.tsx", { id: "routes/seller-by-handle" }),
  route("users/:userId", "routes/seller-profile.tsx", { id: "routes/seller-by-id" }),
  route("inbox", "routes/inbox.tsx"),
  route("inbox/:conversationId", "routes/conversation.tsx"),
  route("messages/start", "routes/messages-start.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
