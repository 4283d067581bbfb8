import { testDbKinds } from "@hunar/db/testing";
import {
  createTestCategory,
  createTestFreelancer,
  createTestUser,
  ensureTestFeeSchedule,
  type TestUser,
} from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createJob } from "@hunar/proposals/jobs/testing/job-fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { createGig } from "@hunar/gigs/search/testing/search-fixtures";
import { action as profileAction, loader as profileLoader } from "./seller-profile.tsx";
import { action as proposalsAction, loader as proposalsLoader } from "./job-proposals.tsx";
import { action as jobAction, loader as jobLoader } from "./job.tsx";
import { loader as mineLoader } from "./jobs-mine.tsx";
import { action as newAction } from "./jobs-new.tsx";
import { action as startAction, loader as startLoader } from "./messages-start.tsx";
import { loader as myProposalsLoader } from "./proposals.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

const jobForm = (categoryId: string, overrides: Record<string, string> = {}) => ({
  titleEn: "A logo for our tea stall in Lahore",
  titleUr: "",
  descriptionEn: "We sell chai and paratha near Liberty; we need a simple logo for the sign and cups.",
  descriptionUr: "",
  categoryId,
  skills: "logo, لوگو، Illustrator",
  budgetType: "RANGE",
  budgetMinRupees: "5,000",
  budgetMaxRupees: "20000",
  deadline: "2099-01-31",
  visibility: "PUBLIC",
  ...overrides,
});

const coverLetter = "I have designed logos for ten food stalls in Lahore and can send drafts in three days.";

describe.each(testDbKinds())("job and proposal pages on %s", (kind) => {
  const t = useTestDb(kind);
  let context: Context;
  let client: TestUser;
  let freelancer: TestUser;
  let categoryId: string;
  const cookies = {} as Record<"client" | "freelancer", string>;

  beforeEach(async () => {
    context = testContext(t.db).context;
    client = await createTestUser(t.db, "Sana Malik");
    freelancer = await createTestFreelancer(t.db, "Ayesha Khan");
    categoryId = await createTestCategory(t.db, { parentId: await createTestCategory(t.db, { nameEn: "Design" }) });
    cookies.client = await sessionCookie(t.db, client.userId);
    cookies.freelancer = await sessionCookie(t.db, freelancer.userId);
  });

  const propose = (jobId: string, fields: Record<string, string>) =>
    run(jobAction, formPost(`/jobs/${jobId}`, { intent: "propose", coverLetter, ...fields }, { cookie: cookies.freelancer }), context, {
      jobId,
    });

  it("posts a job from the plain form and opens its page; a refused form keeps its values and says which field", async () => {
    const posted = await run(newAction, formPost("/jobs/new", jobForm(categoryId), { cookie: cookies.client }), context);
    expect(posted.status).toBe(302);
    const job = await t.db.job.findFirstOrThrow({ where: { clientId: client.userId } });
    expect(posted.location).toBe(`/jobs/${job.id}`);
    expect(job).toMatchObject({
      titleEn: "A logo for our tea stall in Lahore",
      titleUr: null,
      skills: ["logo", "لوگو", "Illustrator"],
      budgetType: "RANGE",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 2_000_000,
      visibility: "PUBLIC",
    });
    // The end of the chosen day in Pakistan.
    expect(job.deadlineAt?.toISOString()).toBe("2099-01-31T18:59:59.000Z");

    const refused = await run(
      newAction,
      formPost("/jobs/new", jobForm(categoryId, { titleEn: "Logo", budgetMaxRupees: "1000" }), { cookie: cookies.client }),
      context,
    );
    expect(refused.status).toBe(400);
    const body = refused.body as { fields: Record<string, string>; errors: { fields: Record<string, { key: string }> } };
    expect(body.fields).toMatchObject({ titleEn: "Logo", budgetMinRupees: "5,000", skills: "logo, لوگو، Illustrator" });
    expect(body.errors.fields.titleEn?.key).toMatch(/^gigs:errors\./);
    expect(body.errors.fields.budgetMaxRupees?.key).toBe("jobs:errors.budgetMinAboveMax");
    expect(await t.db.job.count({ where: { clientId: client.userId } })).toBe(1);
  });

  it("shows the job to its client, a freelancer and a stranger, each with their own part; an invite-only job is a 404 to others", async () => {
    const jobId = await createJob(t.db, {
      clientId: client.userId,
      categoryId,
      titleUr: "چائے کے ڈھابے کا لوگو",
      titleEn: "Tea stall logo",
    });
    const load = async (cookie?: string, id = jobId) => run(jobLoader, get(`/jobs/${id}`, cookie), context, { jobId: id });
    const asClient = await load(cookies.client);
    expect(asClient.body).toMatchObject({
      viewer: "client",
      job: { id: jobId, proposalCount: 0, client: { jobsPosted: 1, hireRate: null } },
    });
    expect(asClient.body).not.toHaveProperty("job.clientId");
    expect((await load(cookies.freelancer)).body).toMatchObject({ viewer: "freelancer", myProposal: null });
    expect((await load()).body).toMatchObject({ viewer: "anonymous", myProposal: null });

    const hidden = await createJob(t.db, { clientId: client.userId, categoryId, visibility: "INVITE_ONLY" });
    expect((await load(cookies.freelancer, hidden)).status).toBe(404);
    expect((await load(undefined, hidden)).status).toBe(404);
    // An unknown handle is the invite field's error; the freelancer's handle invites them, and then they see it.
    const invite = (handle: string) =>
      run(jobAction, formPost(`/jobs/${hidden}`, { intent: "invite", handle }, { cookie: cookies.client }), context, { jobId: hidden });
    const unknown = await invite("no-such-person");
    expect(unknown).toMatchObject({ status: 404, body: { form: "invite", values: { handle: "no-such-person" } } });
    expect((unknown.body as { errors: { fields: Record<string, { key: string }> } }).errors.fields.handle?.key).toBe(
      "jobs:errors.freelancerNotFound",
    );
    expect((await invite(`@${freelancer.handle}`)).body).toMatchObject({ form: "invite", done: true });
    expect((await load(cookies.freelancer, hidden)).status).toBe(200);
  });

  it("sends a proposal with a milestone plan from fixed rows, blank rows ignored; the plan's errors land on their rows", async () => {
    const jobId = await createJob(t.db, { clientId: client.userId, categoryId });
    const plan = {
      priceRupees: "10,000",
      deliveryDays: "10",
      "milestones.0.title": "Three drafts",
      "milestones.0.amountRupees": "4000",
      "milestones.0.dueDays": "3",
      "milestones.2.title": "Final files",
      "milestones.2.amountRupees": "5000",
      "milestones.2.dueDays": "12",
    };
    const refused = await propose(jobId, plan);
    expect(refused.status).toBe(400);
    const errors = (refused.body as { errors: { fields: Record<string, { key: string }> } }).errors.fields;
    expect(errors.milestones?.key).toBe("proposals:errors.milestonesTotal");
    // The second milestone of the list was typed in the third row.
    expect(errors["milestones.2.dueDays"]?.key).toBe("proposals:errors.milestoneAfterDelivery");
    expect(refused.body).toMatchObject({ form: "propose", fields: { priceRupees: "10,000", coverLetter } });
    expect(await t.db.proposal.count({ where: { jobId } })).toBe(0);

    const sent = await propose(jobId, { ...plan, "milestones.2.amountRupees": "6000", "milestones.2.dueDays": "10" });
    expect(sent.body).toMatchObject({ form: "propose", done: true });
    const proposal = await t.db.proposal.findFirstOrThrow({ where: { jobId } });
    expect(proposal).toMatchObject({ bidPaisa: 1_000_000, deliveryDays: 10, status: "SUBMITTED" });
    expect(proposal.milestonePlan).toEqual([
      { title: "Three drafts", amountPaisa: 400_000, dueDays: 3 },
      { title: "Final files", amountPaisa: 600_000, dueDays: 10 },
    ]);
    const page = await run(jobLoader, get(`/jobs/${jobId}`, cookies.freelancer), context, { jobId });
    expect(page.body).toMatchObject({
      myProposal: {
        status: "SUBMITTED",
        bidPaisa: 1_000_000,
        editable: true,
        fields: {
          priceRupees: "10000",
          milestones: [{ title: "Three drafts", amountRupees: "4000" }, { title: "Final files" }, { title: "" }, { title: "" }],
        },
      },
    });
    expect((await propose(jobId, { priceRupees: "9000", deliveryDays: "9" })).status).toBe(409);

    // Until the client answers, the freelancer edits it from the same page: the plan can go.
    const edit = (fields: Record<string, string>) =>
      run(
        jobAction,
        formPost(`/jobs/${jobId}`, { intent: "editProposal", coverLetter, ...fields }, { cookie: cookies.freelancer }),
        context,
        { jobId },
      );
    expect(await edit({ priceRupees: "100", deliveryDays: "9" })).toMatchObject({
      status: 400,
      body: { form: "editProposal", fields: { priceRupees: "100" } },
    });
    expect((await edit({ priceRupees: "9,500", deliveryDays: "9" })).body).toMatchObject({ form: "editProposal", done: true });
    expect(await t.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      bidPaisa: 950_000,
      deliveryDays: 9,
      milestonePlan: null,
    });
    const mine = await run(myProposalsLoader, get("/proposals", cookies.freelancer), context);
    expect(mine.body).toMatchObject({ proposals: [{ id: proposal.id, job: { id: jobId } }] });
  });

  it("lists the proposals for the client only; shortlist, decline with a reason, and accept into an order awaiting payment", async () => {
    await ensureTestFeeSchedule(t.db);
    const jobId = await createJob(t.db, { clientId: client.userId, categoryId });
    const rival = await createTestFreelancer(t.db, "Hamza Ali");
    await propose(jobId, { priceRupees: "8000", deliveryDays: "5" });
    const rivalCookie = await sessionCookie(t.db, rival.userId);
    await run(
      jobAction,
      formPost(`/jobs/${jobId}`, { intent: "propose", coverLetter, priceRupees: "7000", deliveryDays: "4" }, { cookie: rivalCookie }),
      context,
      {
        jobId,
      },
    );
    const [ours, theirs] = await Promise.all(
      [freelancer, rival].map((who) =>
        t.db.proposal.findFirstOrThrow({ where: { jobId, freelancerId: who.userId }, select: { id: true } }),
      ),
    );
    const list = (cookie: string, search = "") =>
      run(proposalsLoader, get(`/jobs/${jobId}/proposals${search}`, cookie), context, { jobId });
    expect((await list(cookies.freelancer)).status).toBe(404);
    const all = await list(cookies.client);
    expect(all.body).toMatchObject({
      job: { id: jobId, status: "OPEN" },
      proposals: [
        { id: theirs?.id, freelancer: { displayName: "Hamza Ali", city: "Lahore", href: `/u/${rival.handle}` } },
        { id: ours?.id, bidPaisa: 800_000 },
      ],
      nextCursor: null,
    });
    const answer = (fields: Record<string, string>) =>
      run(proposalsAction, formPost(`/jobs/${jobId}/proposals`, fields, { cookie: cookies.client }), context, { jobId });

    expect((await answer({ intent: "shortlist", proposalId: ours?.id ?? "" })).location).toBe(`/jobs/${jobId}/proposals`);
    expect((await list(cookies.client, "?only=shortlisted")).body).toMatchObject({ proposals: [{ id: ours?.id, status: "SHORTLISTED" }] });
    await answer({ intent: "decline", proposalId: theirs?.id ?? "", reason: "We chose a nearer designer." });
    expect(await t.db.proposal.findUniqueOrThrow({ where: { id: theirs?.id ?? "" } })).toMatchObject({
      status: "DECLINED",
      declineReason: "We chose a nearer designer.",
    });
    // Someone else's proposal id is nobody's: the stranger's answer changes nothing.
    const byFreelancer = await run(
      proposalsAction,
      formPost(`/jobs/${jobId}/proposals`, { intent: "accept", proposalId: ours?.id ?? "" }, { cookie: cookies.freelancer }),
      context,
      { jobId },
    );
    expect(byFreelancer.status).toBe(404);

    const accepted = await answer({ intent: "accept", proposalId: ours?.id ?? "" });
    const order = await t.db.order.findFirstOrThrow({ where: { proposalId: ours?.id ?? "" } });
    expect(accepted.location).toBe(`/orders/${order.id}/pay`);
    expect(order).toMatchObject({ clientId: client.userId, freelancerId: freelancer.userId, status: "PENDING_PAYMENT" });
    expect(await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "FILLED" });
    const mine = await run(mineLoader, get("/jobs/mine", cookies.client), context);
    expect(mine.body).toMatchObject({ jobs: [{ id: jobId, status: "FILLED", proposalCount: 2 }] });
  });

  it("finds freelancers through their gigs on the client's job and invites one with a button; bad words are the field's error", async () => {
    const jobId = await createJob(t.db, { clientId: client.userId, categoryId, visibility: "INVITE_ONLY" });
    await createGig(t.db, { freelancerId: freelancer.userId, categoryId, titleEn: "Logo design for tea stalls" });
    const page = async (query: string, cookie = cookies.client) =>
      run(jobLoader, get(`/jobs/${jobId}?find=${encodeURIComponent(query)}`, cookie), context, { jobId });
    expect((await page("logo")).body).toMatchObject({
      search: { query: "logo", error: null, candidates: [{ freelancerId: freelancer.userId, name: "Ayesha Khan", invited: false }] },
    });
    expect((await page("!!!")).body).toMatchObject({ search: { candidates: [], error: { key: "search:errors.queryNoWords" } } });
    // Only the job's client searches: a freelancer's view of the same address carries no search.
    expect((await page("logo", cookies.freelancer)).status).toBe(404);
    const invite = (freelancerId: string) =>
      run(jobAction, formPost(`/jobs/${jobId}?find=logo`, { intent: "inviteFound", freelancerId }, { cookie: cookies.client }), context, {
        jobId,
      });
    expect((await invite("nobody")).body).toMatchObject({
      form: "inviteFound",
      errors: { form: { key: "jobs:errors.freelancerNotFound" } },
    });
    expect((await invite(freelancer.userId)).body).toMatchObject({ form: "inviteFound", done: true });
    expect((await page("logo")).body).toMatchObject({ search: { candidates: [{ freelancerId: freelancer.userId, invited: true }] } });
    expect(await t.db.notification.count({ where: { userId: freelancer.userId, kind: "job.invited" } })).toBe(1);
  });

  it("invites a freelancer from their profile to one of the client's open jobs", async () => {
    const jobId = await createJob(t.db, { clientId: client.userId, categoryId, titleEn: "Menu card", visibility: "INVITE_ONLY" });
    await createJob(t.db, { clientId: client.userId, categoryId, status: "CLOSED" });
    const path = `/u/${freelancer.handle}`;
    const params = { handle: freelancer.handle };
    const profile = async (cookie?: string) => run(profileLoader, get(path, cookie), context, params);
    expect((await profile(cookies.client)).body).toMatchObject({ invitableJobs: [{ id: jobId, titleEn: "Menu card", invited: false }] });
    expect((await profile()).body).toMatchObject({ invitableJobs: [] });
    expect((await profile(cookies.freelancer)).body).toMatchObject({ invitableJobs: [] });
    const post = (fields: Record<string, string>, cookie = cookies.client) =>
      run(profileAction, formPost(path, fields, { cookie }), context, params);
    expect((await post({ intent: "invite", jobId: "someone-elses" })).body).toMatchObject({
      errors: { form: { key: "jobs:errors.notFound" } },
    });
    expect((await post({ intent: "something" })).status).toBe(400);
    expect((await post({ intent: "invite", jobId }, cookies.freelancer)).body).toMatchObject({
      errors: { form: { key: "jobs:errors.notFound" } },
    });
    expect((await post({ intent: "invite", jobId })).body).toEqual({ form: "invite", invitedTo: jobId, errors: null });
    expect((await profile(cookies.client)).body).toMatchObject({ invitableJobs: [{ id: jobId, invited: true }] });
    const anonymous = await run(profileAction, formPost(path, { intent: "invite", jobId }), context, params);
    expect(anonymous.status).toBe(302);
  });

  it("lets the client clarify and close the job, and the freelancer withdraw their proposal", async () => {
    const jobId = await createJob(t.db, { clientId: client.userId, categoryId });
    const post = (cookie: string, fields: Record<string, string>) =>
      run(jobAction, formPost(`/jobs/${jobId}`, fields, { cookie }), context, { jobId });
    const empty = await post(cookies.client, { intent: "clarify", body: "   " });
    expect(empty).toMatchObject({ status: 400, body: { form: "clarify" } });
    expect((await post(cookies.client, { intent: "clarify", body: "Cups are 8 oz." })).body).toMatchObject({ done: true });
    await propose(jobId, { priceRupees: "8000", deliveryDays: "5" });
    expect((await post(cookies.freelancer, { intent: "withdraw" })).body).toMatchObject({ form: "withdraw", done: true });
    expect(await t.db.proposal.findFirstOrThrow({ where: { jobId } })).toMatchObject({ status: "WITHDRAWN" });
    // The freelancer cannot close someone else's job.
    expect((await post(cookies.freelancer, { intent: "close" })).status).toBe(404);
    expect((await post(cookies.client, { intent: "close" })).body).toMatchObject({ done: true });
    const page = await run(jobLoader, get(`/jobs/${jobId}`, cookies.client), context, { jobId });
    expect(page.body).toMatchObject({ job: { status: "CLOSED", clarifications: [{ body: "Cups are 8 oz." }] } });
  });

  it("opens a conversation about a proposal from the client's list; a proposal between others is refused", async () => {
    const jobId = await createJob(t.db, { clientId: client.userId, categoryId });
    await propose(jobId, { priceRupees: "8000", deliveryDays: "5" });
    const { id: proposalId } = await t.db.proposal.findFirstOrThrow({ where: { jobId }, select: { id: true } });
    const start = `/messages/start?otherUserId=${freelancer.userId}&proposalId=${proposalId}`;
    expect((await run(startLoader, get(start, cookies.client), context)).body).toMatchObject({
      other: { id: freelancer.userId },
      proposalId,
    });
    const stranger = await createTestUser(t.db, "Kamran Ali");
    const refused = await run(
      startAction,
      formPost("/messages/start", { otherUserId: stranger.userId, proposalId }, { cookie: cookies.client }),
      context,
    );
    expect(refused.status).toBe(404);
    const started = await run(
      startAction,
      formPost("/messages/start", { otherUserId: freelancer.userId, proposalId }, { cookie: cookies.client }),
      context,
    );
    expect(started.location).toMatch(/^\/inbox\/.+/);
  });
});
