import { randomInt } from "node:crypto";
import { formatMoney } from "@hunar/i18n/format";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

// Seeded by the e2e server (SEED_DEMO=1, a demo deployment, so the demo payment is offered): the
// demo freelancer, who finds the new client's job on /jobs and proposes on it.
const FREELANCER = { email: "ayesha.khan@hunar.test", password: "hunar-demo-2025" };

const jobs = texts("ur", "jobs");
const proposals = texts("ur", "proposals");
const orders = texts("ur", "orders");
const wallet = texts("ur", "wallet");
const reviews = texts("ur", "reviews");
const gigs = texts("ur", "gigs");
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
const money = (paisa: number) => formatMoney(paisa, "ur");

// Rs 8,000 in two milestones; the 2% client fee (Rs 160) is shared by amount: Rs 60 and Rs 100.
const MILESTONES = [
  { title: "ابتدائی خاکے", rupees: 3000, dueDays: 4, duePaisa: 306_000 },
  { title: "حتمی فائلیں", rupees: 5000, dueDays: 10, duePaisa: 510_000 },
];

test.describe("hiring through a job post, in Urdu", () => {
  test.use({ locale: "ur-PK" });

  test("a client posts a job; a freelancer finds it by a Roman Urdu word and proposes two milestones; each is funded, delivered and accepted; both review", async ({
    page,
    newAccount,
    account,
  }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    const client = { email: newAccount.email, password: newAccount.password };
    const as = async (person: { email: string; password: string }) => {
      await account.logOut(page, "ur");
      await account.logIn(page, "ur", person.email, person.password);
      await expect(page.getByLabel(texts("ur", "common")("account.menuLabel"))).toBeVisible();
    };

    // The client posts the job, in Urdu only, with a fixed budget.
    await account.signUp(page, "ur", newAccount);
    await account.verifyEmail(page, "ur", newAccount.email);
    await page.goto("/jobs/new");
    const title = `کپڑوں کی دکان کے لیے لوگو چاہیے ${randomInt(1000, 9999)}`;
    await page.getByLabel(fill(gigs("form.inUrdu"), { field: jobs("form.title") })).fill(title);
    await page
      .getByLabel(fill(gigs("form.inUrdu"), { field: jobs("form.description") }))
      .fill("ہماری لاہور میں کپڑوں کی دکان ہے۔ اردو اور انگریزی دونوں میں نام والا سادہ اور خوبصورت لوگو چاہیے۔");
    await page.getByLabel(gigs("form.category")).selectOption({ label: "لوگو ڈیزائن" });
    await page.getByLabel(jobs("form.skills")).fill("Logo, Urdu");
    await page.getByLabel(jobs("form.budgetFixed")).check();
    await page.getByLabel(jobs("form.budgetMin")).fill("8000");
    await page.getByRole("button", { name: jobs("form.post") }).click();
    await expect(page).toHaveURL(/\/jobs\/(?!new$)[^/?]+$/);
    const jobPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    // The freelancer finds it on /jobs by Roman Urdu words and proposes with two milestones.
    await as(FREELANCER);
    await page.goto("/jobs");
    const words = page.getByRole("main").getByRole("searchbox", { name: texts("ur", "pages")("search.query") });
    await words.fill("dukan ka logo");
    await words.press("Enter");
    await expect(page).toHaveURL(/\/jobs\?.*q=dukan/);
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${jobPath}$`));
    await page
      .getByLabel(proposals("form.coverLetter"))
      .fill(
        "السلام علیکم! میں نے لاہور کی کئی دکانوں کے لوگو بنائے ہیں۔ پہلے تین خاکے دکھاؤں گی، پھر آپ کی پسند کا لوگو مکمل فائلوں کے ساتھ۔",
      );
    await page.getByLabel(proposals("form.price")).fill("8,000");
    await page.getByLabel(proposals("form.days")).fill("10");
    for (const [index, milestone] of MILESTONES.entries()) {
      await page.locator(`[name="milestones.${index}.title"]`).fill(milestone.title);
      await page.locator(`[name="milestones.${index}.amountRupees"]`).fill(String(milestone.rupees));
      await page.locator(`[name="milestones.${index}.dueDays"]`).fill(String(milestone.dueDays));
    }
    await page.getByRole("button", { name: proposals("form.submit") }).click();
    await expect(page.getByRole("heading", { name: proposals("mine.onThisJob") })).toBeVisible();

    // The client accepts it: a contract awaiting the first milestone's payment.
    await as(client);
    await page.goto(jobPath);
    await page.getByRole("link", { name: jobs("page.viewProposals") }).click();
    await expect(page.getByText(MILESTONES[0]!.title)).toBeVisible();
    await page.getByRole("button", { name: proposals("list.accept") }).click();
    await expect(page).toHaveURL(/\/orders\/[^/?]+\/pay$/);
    const orderPath = new URL(page.url()).pathname.replace(/\/pay$/, "");

    const payMilestone = async (index: number) => {
      await expect(
        page.getByText(
          fill(orders("milestones.payTitle"), {
            position: (index + 1).toLocaleString("ur-PK"),
            count: (2).toLocaleString("ur-PK"),
            title: MILESTONES[index]!.title,
          }),
        ),
      ).toBeVisible();
      await page.getByRole("radio", { name: wallet("pay.sandbox") }).check();
      await page.getByRole("button", { name: fill(wallet("orderPay.submit"), { total: money(MILESTONES[index]!.duePaisa) }) }).click();
      await expect(page).toHaveURL(new RegExp(`${orderPath}\\?done=`));
      await expect(page.locator("[data-order-status]")).toHaveText(wallet("orderStatus.IN_PROGRESS"));
    };
    const deliver = async (message: string) => {
      await as(FREELANCER);
      await page.goto(orderPath);
      await page.getByLabel(orders("work.deliver.message")).fill(message);
      await page.getByRole("button", { name: orders("work.deliver.submit") }).click();
      await expect(page.getByText(orders("work.done.deliver"))).toBeVisible();
      await as(client);
      await page.goto(orderPath);
    };

    await payMilestone(0);
    await deliver("تین خاکے منسلک ہیں۔");
    await page.getByRole("button", { name: orders("work.review.accept") }).click();
    await expect(page.getByText(orders("work.done.acceptMilestone"))).toBeVisible();
    await expect(page.locator("[data-order-status]")).toHaveText(wallet("orderStatus.PENDING_PAYMENT"));

    // The second milestone: paid from the order page's milestones, delivered, accepted; the contract completes.
    await page
      .getByRole("link", {
        name: fill(orders("milestones.pay"), { position: (2).toLocaleString("ur-PK"), amount: money(MILESTONES[1]!.duePaisa) }),
      })
      .click();
    await payMilestone(1);
    await deliver("حتمی فائلیں منسلک ہیں۔");
    await page.getByRole("button", { name: orders("work.review.accept") }).click();
    await expect(page.getByText(orders("work.done.accept"))).toBeVisible();
    await expect(page.locator("[data-order-status]")).toHaveText(wallet("orderStatus.COMPLETED"));

    // Both review, as for any order.
    for (const legend of [
      reviews("panel.overallClient"),
      reviews("details.communication"),
      reviews("details.quality"),
      reviews("details.onTime"),
    ]) {
      await page.getByRole("group", { name: legend }).getByRole("radio").nth(4).check();
    }
    await page.getByLabel(reviews("panel.comment")).fill("بہت اچھا کام، وقت پر مکمل ہوا۔");
    await page.getByRole("button", { name: reviews("panel.submit") }).click();
    await expect(page.getByText(reviews("panel.doneReview"))).toBeVisible();
    await as(FREELANCER);
    await page.goto(orderPath);
    await page
      .getByRole("group", { name: reviews("panel.overallFreelancer") })
      .getByRole("radio")
      .nth(4)
      .check();
    await page.getByRole("button", { name: reviews("panel.submit") }).click();
    await expect(page.getByText(reviews("panel.theirsClient"))).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(problems).toEqual([]);
  });
});
