import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

const STEPS = ["one", "two", "three"] as const;

export async function HowItWorks() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="steps-heading" className="bg-mist py-12">
      <div className="container-page">
        <h2 id="steps-heading" className="text-2xl font-bold">
          {t("stepsHeading")}
        </h2>
        <ol className="mt-6 grid gap-4 md:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step} className="rounded-lg bg-paper p-5 shadow-sm">
              <span aria-hidden="true" className="grid h-9 w-9 place-items-center rounded-full bg-brand font-bold text-white">
                {index + 1}
              </span>
              <h3 className="mt-3 text-lg font-semibold">{t(`steps.${step}.title`)}</h3>
              <p className="mt-2 text-muted">{t(`steps.${step}.text`, { days: env.REPLY_BUSINESS_DAYS })}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
