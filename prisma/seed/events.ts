// Information events of the NRW–Tokyo cooperation (demo content).
// Times are given with their local offset: +02:00 / +01:00 for Germany
// (summer / winter time), +09:00 for Tokyo.
import type { EventSeed } from "./types.ts";

export const eventSeeds: EventSeed[] = [
  {
    slug: "2026-09-webinar-markteintritt-nrw-startups-tokyo",
    // 16:00–17:30 in Tokyo
    startsAt: "2026-09-17T09:00:00+02:00",
    endsAt: "2026-09-17T10:30:00+02:00",
    format: "ONLINE",
    hostSlug: "nrw-global-business",
    texts: {
      de: {
        title: "Webinar: Markteintritt NRW für Start-ups aus Tokyo",
        summary:
          "Wie gründet ein Start-up aus Tokyo eine Niederlassung in Nordrhein-Westfalen, und wer hilft dabei? NRW.Global Business und Partnerkommunen erklären Schritt für Schritt Gründung, Aufenthaltstitel und Fördermöglichkeiten. Die Uhrzeit ist auf den Nachmittag in Tokyo abgestimmt; die Veranstaltung wird ins Japanische gedolmetscht.",
        location: "Online (Zoom)",
      },
      ja: {
        title: "ウェビナー：東京のスタートアップのためのNRW州進出入門",
        summary:
          "東京のスタートアップがNRW州に拠点を設けるには、どのような手順が必要で、どのような支援を受けられるのでしょうか。NRW.Global Businessとパートナー自治体が、会社設立、滞在許可、助成制度について順を追ってご説明します。東京の午後の時間帯に開催し、日本語通訳をご用意します。",
        location: "オンライン（Zoom）",
      },
      en: {
        title: "Webinar: Entering the NRW market – for start-ups from Tokyo",
        summary:
          "How does a Tokyo start-up set up a base in North Rhine-Westphalia, and who can help? NRW.Global Business and partner municipalities walk you through company formation, residence permits and funding options step by step. The session is scheduled for the Tokyo afternoon, with interpretation into Japanese.",
        location: "Online (Zoom)",
      },
    },
  },
  {
    slug: "2026-10-wasserstoff-energie-essen",
    // 17:00–20:00 in Tokyo
    startsAt: "2026-10-21T10:00:00+02:00",
    endsAt: "2026-10-21T13:00:00+02:00",
    format: "HYBRID",
    hostSlug: "essen",
    texts: {
      de: {
        title: "Wasserstoff und Energiewende: Kooperationschancen zwischen Essen und Tokyo",
        summary:
          "Die EWG stellt den Energiestandort Essen und aktuelle Wasserstoffprojekte im Ruhrgebiet vor. Unternehmen aus Tokyo und NRW berichten über ihre Erfahrungen in der Zusammenarbeit, anschließend sind Einzelgespräche möglich. Die Teilnahme ist vor Ort in Essen oder online möglich.",
        location: "EWG, Kennedyplatz 5, Essen / online",
      },
      ja: {
        title: "水素とエネルギー転換：エッセンと東京の協力の可能性",
        summary:
          "EWGが、エネルギー都市エッセンとルール地方の最新の水素プロジェクトをご紹介します。東京とNRW州の企業が協業の経験をお話しし、その後は個別相談の時間を設けます。エッセンの会場またはオンラインでご参加いただけます。",
        location: "エッセン（EWG、Kennedyplatz 5）／オンライン",
      },
      en: {
        title: "Hydrogen and the energy transition: cooperation opportunities between Essen and Tokyo",
        summary:
          "EWG presents Essen as an energy location and current hydrogen projects in the Ruhr area. Companies from Tokyo and NRW share their experience of working together, followed by time for one-to-one meetings. Join on site in Essen or online.",
        location: "EWG, Kennedyplatz 5, Essen / online",
      },
    },
  },
  {
    slug: "2026-12-webinar-forschungskooperation-nrw-tokyo",
    // 17:30–19:00 in Tokyo
    startsAt: "2026-12-03T09:30:00+01:00",
    endsAt: "2026-12-03T11:00:00+01:00",
    format: "ONLINE",
    hostSlug: "nrw-global-business",
    registration: {
      capacity: 100,
      deadline: "2026-12-02T23:59:00+01:00",
      onlineUrl: "https://zoom.example.org/j/2026120301",
      questions: [
        {
          id: "institution-type",
          kind: "choice",
          required: true,
          label: { de: "Art Ihrer Einrichtung", ja: "ご所属の種類", en: "Type of your organisation" },
          options: [
            { id: "university", label: { de: "Hochschule", ja: "大学", en: "University" } },
            { id: "research", label: { de: "Forschungseinrichtung", ja: "研究機関", en: "Research institution" } },
            { id: "company", label: { de: "Unternehmen", ja: "企業", en: "Company" } },
          ],
        },
      ],
    },
    texts: {
      de: {
        title: "Webinar: Gemeinsam forschen – Kooperationen zwischen NRW und Tokyo",
        summary:
          "Hochschulen, Forschungseinrichtungen und innovative Unternehmen erfahren, wie sie Partner auf der jeweils anderen Seite finden und gemeinsame Projekte finanzieren können. Beispiele aus bestehenden Kooperationen zeigen, worauf es in der Praxis ankommt. Mit Simultandolmetschung Deutsch–Japanisch.",
        location: "Online (Zoom)",
      },
      ja: {
        title: "ウェビナー：NRW州と東京の共同研究・イノベーション連携",
        summary:
          "大学、研究機関、革新的な企業の皆様に向けて、相手国側のパートナーの見つけ方や共同プロジェクトの資金調達の方法をご紹介します。既存の協力事例をもとに、実務上のポイントもお伝えします。日独同時通訳付きです。",
        location: "オンライン（Zoom）",
      },
      en: {
        title: "Webinar: Researching together – cooperation between NRW and Tokyo",
        summary:
          "Universities, research institutions and innovative companies learn how to find partners on the other side and how to fund joint projects. Examples from existing cooperations show what matters in practice. With simultaneous German–Japanese interpretation.",
        location: "Online (Zoom)",
      },
    },
  },
  {
    slug: "2027-02-infotag-duesseldorf",
    startsAt: "2027-02-25T10:00:00+01:00",
    endsAt: "2027-02-25T16:00:00+01:00",
    format: "ONSITE",
    hostSlug: "duesseldorf",
    registration: {
      capacity: 60,
      deadline: "2027-02-18T23:59:00+01:00",
      questions: [
        {
          id: "municipalities",
          kind: "text",
          label: { de: "Welche Kommunen möchten Sie sprechen?", ja: "面談を希望する自治体", en: "Which municipalities would you like to meet?" },
        },
        {
          id: "interpreter",
          kind: "yesno",
          required: true,
          label: { de: "Benötigen Sie eine Dolmetschung Japanisch–Deutsch?", ja: "日独通訳は必要ですか。", en: "Do you need Japanese–German interpreting?" },
        },
      ],
      slots: [
        { startsAt: "2027-02-25T14:00:00+01:00", endsAt: "2027-02-25T14:30:00+01:00" },
        { startsAt: "2027-02-25T14:30:00+01:00", endsAt: "2027-02-25T15:00:00+01:00" },
        { startsAt: "2027-02-25T15:00:00+01:00", endsAt: "2027-02-25T15:30:00+01:00" },
        { startsAt: "2027-02-25T15:30:00+01:00", endsAt: "2027-02-25T16:00:00+01:00" },
      ],
    },
    texts: {
      de: {
        title: "Infotag Düsseldorf: Ihr Standort in Nordrhein-Westfalen",
        summary:
          "Die sieben Partnerkommunen der Kooperation stellen sich Vertreterinnen und Vertretern japanischer Unternehmen vor und beantworten Fragen zu Standortwahl, Gründung und Fachkräften. Am Nachmittag sind vorab vereinbarte Einzelgespräche mit den Wirtschaftsförderungen und NRW.Global Business möglich.",
        location: "Düsseldorf (Veranstaltungsort in der Innenstadt, Details mit der Anmeldebestätigung)",
      },
      ja: {
        title: "デュッセルドルフ・インフォメーションデー：NRW州での拠点づくり",
        summary:
          "協力プロジェクトの7つのパートナー自治体が日本企業の皆様に向けて各地域をご紹介し、立地選定、会社設立、人材確保に関するご質問にお答えします。午後は、各経済振興機関およびNRW.Global Businessとの個別面談（事前予約制）を行います。",
        location: "デュッセルドルフ市内（会場の詳細はお申し込み確認時にご案内します）",
      },
      en: {
        title: "Düsseldorf info day: your location in North Rhine-Westphalia",
        summary:
          "The cooperation's seven partner municipalities introduce themselves to representatives of Japanese companies and answer questions on choosing a location, setting up a company and finding staff. In the afternoon, pre-booked one-to-one meetings with the economic development agencies and NRW.Global Business are available.",
        location: "Düsseldorf (city-centre venue, details with your registration confirmation)",
      },
    },
  },
  {
    slug: "2027-03-koeln-digital-games-creative",
    // 18:00–21:00 in Tokyo
    startsAt: "2027-03-18T10:00:00+01:00",
    endsAt: "2027-03-18T13:00:00+01:00",
    format: "HYBRID",
    hostSlug: "koeln",
    registration: {
      capacity: 40,
      deadline: "2027-03-15T23:59:00+09:00",
      onlineUrl: "https://zoom.example.org/j/2027031801",
    },
    texts: {
      de: {
        title: "Köln trifft Tokyo: Digitalwirtschaft, Games und Kreativbranche",
        summary:
          "KölnBusiness stellt den Medien- und Digitalstandort Köln vor und zeigt, wie Unternehmen aus Tokyo hier Partner, Kundschaft und Fachkräfte finden. Gründerinnen und Gründer aus beiden Städten berichten von ihren Erfahrungen; danach ist Zeit für Networking vor Ort.",
        location: "KölnBusiness, Köln / online",
      },
      ja: {
        title: "ケルン×東京：デジタル、ゲーム、クリエイティブ産業",
        summary:
          "KölnBusinessが、メディアとデジタル産業の拠点ケルンをご紹介し、東京の企業がパートナー、顧客、人材を見つける方法をお伝えします。両都市の起業家が経験を語り、その後は会場でのネットワーキングの時間を設けます。",
        location: "ケルン（KölnBusiness）／オンライン",
      },
      en: {
        title: "Cologne meets Tokyo: digital business, games and the creative industries",
        summary:
          "KölnBusiness presents Cologne as a media and digital hub and shows how companies from Tokyo can find partners, customers and talent here. Founders from both cities talk about their experience, followed by time for networking on site.",
        location: "KölnBusiness, Cologne / online",
      },
    },
  },
  {
    slug: "2027-06-delegationsreise-tokyo",
    startsAt: "2027-06-07T09:00:00+09:00",
    endsAt: "2027-06-10T18:00:00+09:00",
    format: "ONSITE",
    hostSlug: "tokyo-partner",
    registration: { capacity: 15, deadline: "2027-04-30T23:59:00+02:00", requiresApproval: true },
    texts: {
      de: {
        title: "Delegationsreise nach Tokyo für Unternehmen aus NRW",
        summary:
          "Vier Tage Tokyo mit Marktbriefings, vorbereiteten B2B-Gesprächen und Besuchen bei Innovations- und Start-up-Einrichtungen. Das Programm wird gemeinsam mit dem Tokyo Metropolitan Government und NRW.Global Business vorbereitet. Die Zahl der Plätze ist begrenzt; Bewerbungen sind bis zum 15. März 2027 möglich.",
        location: "Tokyo, Japan",
      },
      ja: {
        title: "NRW州企業による東京視察ミッション",
        summary:
          "市場説明会、事前に調整した企業間商談、イノベーション・スタートアップ支援施設の訪問などを行う4日間のプログラムです。東京都とNRW.Global Businessが共同で準備します。参加枠には限りがあり、申込期限は2027年3月15日です。",
        location: "東京",
      },
      en: {
        title: "Delegation trip to Tokyo for companies from NRW",
        summary:
          "Four days in Tokyo with market briefings, prepared B2B meetings and visits to innovation and start-up facilities. The programme is prepared jointly by the Tokyo Metropolitan Government and NRW.Global Business. Places are limited; applications are open until 15 March 2027.",
        location: "Tokyo, Japan",
      },
    },
  },
];
