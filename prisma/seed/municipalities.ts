// The seven partner municipalities of the NRW–Tokyo cooperation and their
// economic development agencies. Facts follow /work/shared/PROGRAMME.md; contact
// details other than Essen's are demo values (reserved domain) until confirmed.
import type { MunicipalitySeed } from "./types.ts";

export const municipalitySeeds: MunicipalitySeed[] = [
  {
    slug: "aachen",
    organisationName: "AGIT – Aachener Gesellschaft für Innovation und Technologietransfer mbH",
    shortName: "AGIT",
    displayNames: {
      de: "AGIT – Aachener Gesellschaft für Innovation und Technologietransfer",
      ja: "アーヘン技術革新・技術移転公社（AGIT）",
      en: "AGIT – Aachen Agency for Innovation and Technology Transfer",
    },
    email: "nrw-tokyo@aachen.example.org",
    website: "https://www.agit.de",
    city: "Aachen",
    sectors: ["machinery", "robotics", "electronics", "materials", "digital", "automotive", "energy", "healthcare"],
    services: [
      "location-search",
      "research-cooperation",
      "matching",
      "funding",
      "real-estate",
      "recruiting",
      "formation-legal",
    ],
    mapX: 8,
    mapY: 78,
    population: 250000,
    texts: {
      de: {
        name: "Aachen",
        agencyName: "AGIT mbH",
        tagline:
          "Technologieregion im Dreiländereck – mit exzellenter Forschung und kurzen Wegen nach Belgien und in die Niederlande.",
        description:
          "Aachen liegt im äußersten Westen Nordrhein-Westfalens, direkt an der Grenze zu Belgien und den Niederlanden. Die Region verbindet eine lange industrielle Tradition mit einer der dichtesten Forschungslandschaften Europas.\n\n" +
          "Im Zentrum steht die RWTH Aachen University mit ihren starken Ingenieurwissenschaften, ergänzt durch die FH Aachen, mehrere Fraunhofer-Institute und das nahe Forschungszentrum Jülich. Aus diesem Umfeld entstehen laufend neue Unternehmen in Produktionstechnik, Werkstoffen, Elektromobilität, Digitalisierung und Medizintechnik.\n\n" +
          "Die AGIT ist die regionale Wirtschaftsförderung für Technologietransfer, Standortmarketing und Gründungsunterstützung. Sie kennt die Technologie- und Gründerzentren der Region und vermittelt dort Büro- und Laborflächen.",
        offerForJapan:
          "Für Unternehmen aus Japan ist die AGIT der Türöffner zur Aachener Forschung: Sie stellt Kontakte zu Lehrstühlen und Instituten her, hilft bei der Suche nach Büro-, Labor- und Produktionsflächen und informiert über Förderprogramme für gemeinsame Entwicklungsprojekte. Bei Gründung, Fachkräftesuche und den ersten Behördenkontakten begleitet sie Ihr Team gemeinsam mit NRW.Global Business und lokalen Partnern – von der ersten Anfrage bis zur Eröffnung des Standorts.",
        japanFacts: [
          "Aachen ist seit 2021 Partnerkommune der Kooperation zwischen Nordrhein-Westfalen und dem Tokyo Metropolitan Government.",
          "Zwischen Hochschulen in NRW und Japan bestehen rund 190 Kooperationen; die Aachener Forschungseinrichtungen bieten viele Anknüpfungspunkte für gemeinsame Projekte.",
          "Von Aachen aus sind Belgien und die Niederlande in wenigen Minuten erreichbar – ein Vorteil für japanische Unternehmen, die auch den Benelux-Markt betreuen möchten.",
        ],
      },
      ja: {
        name: "アーヘン",
        agencyName: "AGIT（アーヘン技術革新・技術移転公社）",
        tagline:
          "ベルギー・オランダとの国境に位置し、世界水準の研究機関と連携しやすいテクノロジー地域です。",
        description:
          "アーヘンはノルトライン＝ヴェストファーレン州（NRW州）の西端、ベルギーとオランダとの国境に位置しています。長い産業の伝統と、欧州でも有数の密度を誇る研究環境を併せ持つ地域です。\n\n" +
          "中心となるのは工学分野に強いアーヘン工科大学（RWTH Aachen University）で、アーヘン専門大学、複数のフラウンホーファー研究所、近隣のユーリッヒ研究センターがこれを補完しています。生産技術、素材、電動モビリティ、デジタル化、医療技術などの分野で、新しい企業が次々と生まれています。\n\n" +
          "AGITは地域の経済振興機関として、技術移転、立地マーケティング、起業支援を担っています。地域のテクノロジーセンターやインキュベーション施設にも精通しており、オフィスやラボスペースをご紹介しています。",
        offerForJapan:
          "AGITは、日本企業の皆様とアーヘンの研究機関をつなぐ窓口です。大学の研究室や研究所とのコンタクト、オフィス・ラボ・生産拠点の物件探し、共同開発に活用できる助成制度に関する情報提供を行っています。会社設立、人材採用、行政手続きの初期段階についても、NRW.Global Businessや地域のパートナーと連携し、最初のお問い合わせから拠点開設までサポートいたします。",
        japanFacts: [
          "アーヘンは2021年から、NRW州と東京都の協力プロジェクトのパートナー自治体です。",
          "NRW州と日本の大学の間には約190件の協力関係があり、アーヘンの研究機関も共同研究の相手先として多くの接点を提供しています。",
          "アーヘンからはベルギーとオランダへすぐにアクセスでき、ベネルクス市場も併せて開拓したい日本企業に適した立地です。",
        ],
      },
      en: {
        name: "Aachen",
        agencyName: "AGIT – Aachen Society for Innovation and Technology Transfer",
        tagline:
          "A technology region where three countries meet, with world-class research and Belgium and the Netherlands right next door.",
        description:
          "Aachen lies at the western edge of North Rhine-Westphalia, on the borders with Belgium and the Netherlands. The region combines a long industrial tradition with one of the densest research landscapes in Europe.\n\n" +
          "At its heart is RWTH Aachen University, known for its engineering, complemented by FH Aachen University of Applied Sciences, several Fraunhofer institutes and the nearby Forschungszentrum Jülich. New companies in production technology, materials, electric mobility, digital technologies and medical engineering emerge from this environment all the time.\n\n" +
          "AGIT is the regional agency for technology transfer, location marketing and start-up support. It knows the region's technology and start-up centres and helps companies find office and laboratory space there.",
        offerForJapan:
          "For companies from Japan, AGIT opens the door to Aachen's research community: it arranges contacts with university chairs and institutes, helps you find office, laboratory and production space, and explains funding programmes for joint development projects. Together with NRW.Global Business and local partners, it supports your team with company formation, recruiting and first contacts with the authorities – from your first inquiry to the opening of your site.",
        japanFacts: [
          "Aachen has been a partner municipality of the cooperation between North Rhine-Westphalia and the Tokyo Metropolitan Government since 2021.",
          "Universities in NRW and Japan maintain around 190 cooperations, and Aachen's research institutions offer many starting points for joint projects.",
          "Belgium and the Netherlands are only minutes away – an advantage for Japanese companies that want to serve the Benelux market as well.",
        ],
      },
    },
  },
  {
    slug: "bochum",
    organisationName: "Bochum Wirtschaftsentwicklung",
    shortName: "Bochum Wirtschaftsentwicklung",
    displayNames: {
      de: "Bochum Wirtschaftsentwicklung",
      ja: "ボーフム経済開発公社",
      en: "Bochum Economic Development",
    },
    email: "nrw-tokyo@bochum.example.org",
    website: "https://www.bochum-wirtschaft.de",
    city: "Bochum",
    sectors: ["digital", "healthcare", "logistics", "materials", "energy"],
    services: [
      "location-search",
      "real-estate",
      "research-cooperation",
      "matching",
      "recruiting",
      "funding",
      "formation-legal",
    ],
    mapX: 50,
    mapY: 38,
    population: 365000,
    texts: {
      de: {
        name: "Bochum",
        agencyName: "Bochum Wirtschaftsentwicklung",
        tagline:
          "Wissenschaftsstadt im Herzen des Ruhrgebiets – stark in IT-Sicherheit, Gesundheitswirtschaft und neuen Industrieflächen.",
        description:
          "Bochum steht beispielhaft für den Strukturwandel im Ruhrgebiet: Wo früher Bergbau und Automobilproduktion das Stadtbild prägten, wachsen heute Wissenschaft, Gesundheitswirtschaft und digitale Technologien.\n\n" +
          "Die Ruhr-Universität Bochum gehört zu den großen Universitäten Deutschlands und hat die Stadt zu einem bedeutenden Standort für IT-Sicherheit gemacht. Hinzu kommen die Hochschule Bochum, der Gesundheitscampus NRW und zahlreiche weitere Forschungseinrichtungen.\n\n" +
          "Auf ehemaligen Industrieflächen wie MARK 51°7 entstehen neue Quartiere für Unternehmen, Forschung und Logistik. Die zentrale Lage im Ruhrgebiet mit rund fünf Millionen Menschen im Umkreis macht Bochum zu einem guten Ausgangspunkt für den deutschen Markt.",
        offerForJapan:
          "Bochum Wirtschaftsentwicklung unterstützt japanische Unternehmen bei der Suche nach passenden Flächen und Immobilien – vom Büro in einem Innovationsquartier bis zum Grundstück für Produktion oder Logistik. Das Team stellt Kontakte zu Hochschulen, Start-up-Netzwerken und Unternehmen der Region her, informiert über Fördermöglichkeiten und begleitet Sie bei Behördenverfahren und der Suche nach Fachkräften.",
        japanFacts: [
          "Bochum pflegt eine Städtepartnerschaft mit der japanischen Wissenschaftsstadt Tsukuba.",
          "Beide Städte sind stark von Universitäten und Forschungseinrichtungen geprägt – eine gute Grundlage für Kooperationen zwischen Wissenschaft und Unternehmen.",
          "Bochum ist Partnerkommune der Kooperation zwischen Nordrhein-Westfalen und dem Tokyo Metropolitan Government.",
        ],
      },
      ja: {
        name: "ボーフム",
        agencyName: "ボーフム経済開発公社（Bochum Wirtschaftsentwicklung）",
        tagline:
          "ルール地方の中心に位置する学術都市で、ITセキュリティ、ヘルスケア、新たな産業用地に強みがあります。",
        description:
          "ボーフムは、ルール地方の構造転換を象徴する都市です。かつて炭鉱と自動車生産が中心だった街で、現在は学術研究、ヘルスケア産業、デジタル技術が大きく成長しています。\n\n" +
          "ドイツ有数の規模を誇るルール大学ボーフムは、この街をITセキュリティ分野の重要な拠点に押し上げました。さらに、ボーフム専門大学、NRWヘルスキャンパス（Gesundheitscampus NRW）をはじめ、多くの研究機関が集まっています。\n\n" +
          "MARK 51°7などの旧産業用地では、企業、研究機関、物流拠点のための新しいエリアの開発が進んでいます。周辺に約500万人が暮らすルール地方の中心という立地は、ドイツ市場への進出の足がかりとしても最適です。",
        offerForJapan:
          "ボーフム経済開発公社は、イノベーション地区のオフィスから生産・物流用の土地まで、日本企業の皆様に適した用地・物件探しをお手伝いします。大学、スタートアップのネットワーク、地域企業とのコンタクトをおつなぎするほか、助成制度に関する情報提供や、行政手続き・人材採用のサポートも行っています。",
        japanFacts: [
          "ボーフムは、日本の学術研究都市つくば市と姉妹都市提携を結んでいます。",
          "両市とも大学や研究機関が集まる都市であり、学術と産業の連携に適した基盤があります。",
          "ボーフムは、NRW州と東京都の協力プロジェクトのパートナー自治体です。",
        ],
      },
      en: {
        name: "Bochum",
        agencyName: "Bochum Economic Development",
        tagline:
          "A university city at the heart of the Ruhr, strong in IT security, healthcare and new industrial sites.",
        description:
          "Bochum is a prime example of the Ruhr area's structural change: where coal mining and car production once shaped the city, science, the health economy and digital technologies are growing today.\n\n" +
          "Ruhr University Bochum is one of Germany's large universities and has made the city an important centre for IT security. Bochum University of Applied Sciences, the Gesundheitscampus NRW health campus and numerous other research institutions add to the mix.\n\n" +
          "On former industrial land such as MARK 51°7, new districts for business, research and logistics are taking shape. With around five million people living in the surrounding Ruhr area, Bochum is a good base for entering the German market.",
        offerForJapan:
          "Bochum Economic Development helps Japanese companies find the right sites and premises – from an office in an innovation district to land for production or logistics. The team connects you with universities, start-up networks and regional companies, explains funding options and supports you with permits and the search for skilled staff.",
        japanFacts: [
          "Bochum is twinned with Tsukuba, Japan's science city.",
          "Both cities are shaped by universities and research institutions – a good basis for cooperation between science and business.",
          "Bochum is a partner municipality of the cooperation between North Rhine-Westphalia and the Tokyo Metropolitan Government.",
        ],
      },
    },
  },
  {
    slug: "duesseldorf",
    organisationName: "Wirtschaftsförderung der Landeshauptstadt Düsseldorf",
    shortName: "Wirtschaftsförderung Düsseldorf",
    displayNames: {
      de: "Wirtschaftsförderung Düsseldorf",
      ja: "デュッセルドルフ市経済振興局",
      en: "Düsseldorf Economic Development Office",
    },
    email: "nrw-tokyo@duesseldorf.example.org",
    city: "Düsseldorf",
    sectors: ["digital", "creative", "chemicals", "healthcare", "logistics"],
    services: [
      "location-search",
      "formation-legal",
      "tax",
      "matching",
      "recruiting",
      "visas-relocation",
      "real-estate",
      "market-research",
      "trade-fairs",
    ],
    mapX: 32,
    mapY: 50,
    population: 630000,
    texts: {
      de: {
        name: "Düsseldorf",
        agencyName: "Wirtschaftsförderung Düsseldorf – International Business Service",
        tagline:
          "Die Landeshauptstadt ist seit Jahrzehnten das Zentrum japanischen Lebens und Wirtschaftens in Deutschland.",
        description:
          "Die Landeshauptstadt Düsseldorf ist einer der führenden Wirtschafts- und Dienstleistungsstandorte Deutschlands. Beratung, Rechts- und Finanzdienstleistungen, Werbung und Mode, Telekommunikation und Chemie prägen die Wirtschaft, und viele internationale Unternehmen führen von hier aus ihr Deutschland- oder Europageschäft.\n\n" +
          "Mit der Messe Düsseldorf, dem internationalen Flughafen und der Lage am Rhein ist die Stadt hervorragend angebunden. Zahlreiche internationale Leitmessen bringen jedes Jahr Fachbesucherinnen und Fachbesucher aus aller Welt nach Düsseldorf.\n\n" +
          "Für Japan hat Düsseldorf eine besondere Bedeutung: Rund um die Immermannstraße hat sich über Jahrzehnte eine lebendige japanische Community mit Geschäften, Restaurants und Dienstleistern entwickelt.",
        offerForJapan:
          "Der International Business Service der Wirtschaftsförderung begleitet japanische Unternehmen bei allen Schritten der Ansiedlung: Standort- und Büroflächensuche, Gründung einer Gesellschaft, Kontakte zu Steuerberatung, Rechtsberatung und Banken, Fachkräftesuche sowie Aufenthaltstitel für Entsandte und ihre Familien. Auf Wunsch vermittelt das Team Kontakte zu Unternehmen, Netzwerken und Messen und unterstützt bei der ersten Orientierung im Markt.",
        japanFacts: [
          "Im Regierungsbezirk Düsseldorf leben über 7.000 der rund 11.000 Japanerinnen und Japaner in Nordrhein-Westfalen.",
          "Die Region Düsseldorf ist Standort der meisten der über 600 japanischen Unternehmen in NRW.",
          "Düsseldorf ist partnerschaftlich mit der Präfektur Chiba verbunden.",
          "Japanisches Generalkonsulat, japanische Schulen und Kindergärten, Geschäfte und Restaurants erleichtern Entsandten und ihren Familien den Alltag.",
        ],
      },
      ja: {
        name: "デュッセルドルフ",
        agencyName: "デュッセルドルフ市経済振興局（International Business Service）",
        tagline:
          "州都デュッセルドルフは、数十年にわたりドイツにおける日本人の生活とビジネスの中心地です。",
        description:
          "州都デュッセルドルフは、ドイツを代表する経済・サービス拠点のひとつです。コンサルティング、法務・金融サービス、広告・ファッション、通信、化学などの産業が集積し、多くの国際企業がここからドイツ・欧州事業を展開しています。\n\n" +
          "メッセ・デュッセルドルフ、国際空港、ライン川沿いの立地により、交通の便にも優れています。国際的な主要見本市が数多く開催され、毎年世界中から専門家が訪れます。\n\n" +
          "デュッセルドルフは日本と特に深いつながりがあります。インマーマン通りを中心に、日本の商店、飲食店、各種サービスが集まる活気ある日本人コミュニティが長年にわたって築かれてきました。",
        offerForJapan:
          "経済振興局のInternational Business Serviceは、日本企業の皆様の進出をあらゆる段階でサポートします。立地・オフィス探し、会社設立、税理士・弁護士・金融機関のご紹介、人材採用、駐在員とご家族の滞在許可取得などをお手伝いします。ご希望に応じて、現地企業やネットワーク、見本市とのコンタクトをおつなぎし、市場での最初の情報収集も支援いたします。",
        japanFacts: [
          "NRW州に住む約11,000人の日本人のうち、7,000人以上がデュッセルドルフ行政管区に暮らしています。",
          "NRW州に拠点を置く600社以上の日本企業の多くが、デュッセルドルフ地域に集まっています。",
          "デュッセルドルフは千葉県とパートナーシップを結んでいます。",
          "日本国総領事館、日本人学校や幼稚園、日本の商店や飲食店があり、駐在員とご家族が安心して生活できる環境が整っています。",
        ],
      },
      en: {
        name: "Düsseldorf",
        agencyName: "Düsseldorf Economic Development – International Business Service",
        tagline:
          "The state capital has been the centre of Japanese life and business in Germany for decades.",
        description:
          "The state capital Düsseldorf is one of Germany's leading business and service centres. Consulting, legal and financial services, advertising and fashion, telecommunications and chemicals shape its economy, and many international companies run their German or European business from here.\n\n" +
          "With Messe Düsseldorf, an international airport and its location on the Rhine, the city is extremely well connected. Numerous leading international trade fairs bring professional visitors from all over the world to Düsseldorf every year.\n\n" +
          "Düsseldorf has a special relationship with Japan: over the decades, a lively Japanese community with shops, restaurants and service providers has grown up around Immermannstraße.",
        offerForJapan:
          "The International Business Service of Düsseldorf's economic development agency supports Japanese companies at every step of setting up: finding a location and office space, forming a company, introductions to tax advisers, lawyers and banks, recruiting, and residence permits for delegated staff and their families. On request, the team connects you with companies, networks and trade fairs and helps you get your bearings in the market.",
        japanFacts: [
          "More than 7,000 of the roughly 11,000 Japanese citizens living in North Rhine-Westphalia live in the Düsseldorf administrative district.",
          "Most of the more than 600 Japanese companies in NRW are based in the Düsseldorf region.",
          "Düsseldorf maintains a partnership with Chiba Prefecture.",
          "The Consulate-General of Japan, Japanese schools and kindergartens, shops and restaurants make everyday life easy for delegated staff and their families.",
        ],
      },
    },
  },
  {
    slug: "essen",
    organisationName: "EWG – Essener Wirtschaftsförderungsgesellschaft mbH",
    shortName: "EWG",
    displayNames: {
      de: "EWG – Essener Wirtschaftsförderungsgesellschaft",
      ja: "エッセン経済振興公社（EWG）",
      en: "EWG – Essen Economic Development Agency",
    },
    email: "info@ewg.de",
    phone: "+49 201 82024-0",
    website: "https://www.ewg.de",
    street: "Kennedyplatz 5",
    postcode: "45127",
    city: "Essen",
    sectors: ["energy", "hydrogen", "environment", "healthcare", "chemicals", "digital"],
    services: [
      "location-search",
      "matching",
      "funding",
      "real-estate",
      "research-cooperation",
      "recruiting",
      "market-research",
      "trade-fairs",
    ],
    mapX: 42,
    mapY: 38,
    population: 585000,
    texts: {
      de: {
        name: "Essen",
        agencyName: "EWG – Essener Wirtschaftsförderungsgesellschaft mbH",
        tagline:
          "Energiemetropole des Ruhrgebiets mit langjähriger Japan-Erfahrung in erneuerbaren Energien, Umweltschutz und Gesundheit.",
        description:
          "Essen ist eines der wichtigsten Wirtschaftszentren des Ruhrgebiets. Mehrere große Energie- und Industrieunternehmen haben hier ihren Sitz, und die Stadt spielt eine zentrale Rolle bei der Energiewende und dem Aufbau einer Wasserstoffwirtschaft an Rhein und Ruhr.\n\n" +
          "Der Wandel von der Kohle- und Stahlstadt zur grünen Dienstleistungsmetropole ist weit fortgeschritten: 2017 war Essen Grüne Hauptstadt Europas, und das UNESCO-Welterbe Zollverein steht heute für Kultur, Design und Kreativwirtschaft. Die Universitätsmedizin Essen und zahlreiche Kliniken machen die Stadt zudem zu einem starken Standort der Gesundheitswirtschaft.\n\n" +
          "Die EWG ist die Wirtschaftsförderung der Stadt Essen und erste Ansprechpartnerin für Unternehmen, die sich hier ansiedeln oder erweitern wollen.",
        offerForJapan:
          "Japan gehört zu den Schwerpunktländern der EWG. Das Team unterstützt japanische Unternehmen bei der Standort- und Immobiliensuche, vermittelt Kontakte zu Energieversorgern, Industrieunternehmen, Kliniken und Forschungseinrichtungen und informiert über Förderprogramme. Es begleitet Delegationen, bereitet Messeauftritte vor und hilft bei der Suche nach Fachkräften – abgestimmt mit NRW.Global Business und den Partnern in Tokyo.",
        japanFacts: [
          "Japan zählt zu den Schwerpunktländern der Internationalisierungsstrategie der EWG.",
          "Mit der Präfektur Fukushima und der Stadt Koriyama arbeitet Essen seit Langem in den Bereichen erneuerbare Energien und Umweltschutz zusammen.",
          "Ein weiterer Schwerpunkt des Austauschs mit Japan liegt auf Medizin und Gesundheit.",
          "Die EWG ist seit der Unterzeichnung der Absichtserklärung im Mai 2021 Partnerin der Kooperation zwischen NRW und Tokyo.",
        ],
      },
      ja: {
        name: "エッセン",
        agencyName: "エッセン経済振興公社（EWG）",
        tagline:
          "ルール地方のエネルギー都市として、再生可能エネルギー、環境保護、医療分野で日本との長い協力実績があります。",
        description:
          "エッセンはルール地方を代表する経済の中心地です。大手エネルギー企業や産業企業が本社を置き、エネルギー転換やライン・ルール地域における水素経済の構築で中心的な役割を担っています。\n\n" +
          "石炭と鉄鋼の街から緑豊かなサービス都市への転換も大きく進み、2017年には「欧州グリーン首都」に選ばれました。ユネスコ世界遺産のツォルフェアアイン炭鉱業遺産群は、現在では文化、デザイン、クリエイティブ産業の拠点となっています。また、エッセン大学病院をはじめとする医療機関が集まり、ヘルスケア産業の重要な拠点でもあります。\n\n" +
          "EWGはエッセン市の経済振興機関であり、エッセンへの進出や事業拡大をお考えの企業の最初の窓口です。",
        offerForJapan:
          "EWGは日本を重点国のひとつに位置づけています。日本企業の皆様に対して、立地・物件探し、エネルギー事業者、産業企業、医療機関、研究機関とのコンタクトのご紹介、助成制度に関する情報提供を行っています。視察団の受け入れ、見本市出展の準備、人材採用についても、NRW.Global Businessや東京のパートナーと連携しながらサポートいたします。",
        japanFacts: [
          "日本は、EWGの国際化戦略における重点国のひとつです。",
          "エッセンは福島県および郡山市と、再生可能エネルギーと環境保護の分野で長年にわたり協力してきました。",
          "医療・健康分野での交流も、日本との協力の重点となっています。",
          "EWGは、2021年5月の覚書締結以来、NRW州と東京都の協力プロジェクトのパートナーです。",
        ],
      },
      en: {
        name: "Essen",
        agencyName: "EWG – Essen Economic Development Agency",
        tagline:
          "The Ruhr area's energy city, with long-standing experience with Japan in renewable energy, environmental protection and health.",
        description:
          "Essen is one of the most important business centres of the Ruhr area. Several major energy and industrial companies have their headquarters here, and the city plays a central role in the energy transition and in building a hydrogen economy along the Rhine and Ruhr.\n\n" +
          "The transformation from a city of coal and steel into a green service metropolis is well advanced: in 2017 Essen was European Green Capital, and the Zollverein UNESCO World Heritage Site now stands for culture, design and the creative industries. Essen University Hospital and numerous clinics also make the city a strong location for the health economy.\n\n" +
          "EWG is the City of Essen's economic development agency and the first point of contact for companies that want to settle or expand here.",
        offerForJapan:
          "Japan is one of EWG's focus countries. The team helps Japanese companies find sites and premises, introduces them to energy suppliers, industrial companies, hospitals and research institutions, and explains funding programmes. It also hosts delegations, prepares trade-fair participation and helps with recruiting – in coordination with NRW.Global Business and the partners in Tokyo.",
        japanFacts: [
          "Japan is one of the focus countries of EWG's internationalisation strategy.",
          "Essen has cooperated with Fukushima Prefecture and the city of Koriyama for many years on renewable energy and environmental protection.",
          "Exchange on medicine and health is another focus of the cooperation with Japan.",
          "EWG has been a partner of the NRW–Tokyo cooperation since the memorandum of understanding was signed in May 2021.",
        ],
      },
    },
  },
  {
    slug: "koeln",
    organisationName: "KölnBusiness Wirtschaftsförderung",
    shortName: "KölnBusiness",
    displayNames: {
      de: "KölnBusiness Wirtschaftsförderung",
      ja: "ケルン経済振興公社（KölnBusiness）",
      en: "KölnBusiness – Cologne Economic Development",
    },
    email: "nrw-tokyo@koeln.example.org",
    website: "https://www.koelnbusiness.de",
    city: "Köln",
    sectors: ["digital", "creative", "automotive", "chemicals", "logistics", "food"],
    services: [
      "location-search",
      "matching",
      "funding",
      "recruiting",
      "real-estate",
      "market-research",
      "trade-fairs",
      "formation-legal",
    ],
    mapX: 34,
    mapY: 68,
    population: 1080000,
    texts: {
      de: {
        name: "Köln",
        agencyName: "KölnBusiness Wirtschaftsförderung",
        tagline:
          "Die größte Stadt Nordrhein-Westfalens – Medien-, Messe- und Digitalstandort mit einer vielfältigen Industrie im Umland.",
        description:
          "Köln ist die größte Stadt Nordrhein-Westfalens und eine der wirtschaftsstärksten Metropolen Deutschlands. Medien, Digitalwirtschaft, Games, Versicherungen und Handel prägen die Stadt; im Umland sind Automobil- und Chemieindustrie stark vertreten.\n\n" +
          "Die Koelnmesse ist Gastgeber internationaler Fachmessen, unter anderem für Lebensmittel, Süßwaren und Games. Über den Flughafen Köln/Bonn, das Schienennetz und die Häfen am Rhein ist Köln ein wichtiger Logistikknoten im Westen Europas.\n\n" +
          "Mehrere Universitäten und Hochschulen sowie eine lebendige Start-up-Szene sorgen für gut ausgebildete Fachkräfte und neue Ideen.",
        offerForJapan:
          "KölnBusiness unterstützt japanische Unternehmen bei der Suche nach Büro-, Gewerbe- und Logistikflächen, informiert über Fördermöglichkeiten und den Weg zur Gründung und stellt Kontakte zu Unternehmen, Start-up-Netzwerken, Hochschulen und Branchenverbänden her. Für Markteinstieg und Vertrieb vermittelt das Team Zugänge zu Fachmessen der Koelnmesse und hilft bei der Suche nach qualifiziertem Personal.",
        japanFacts: [
          "Köln und Kyoto sind durch eine Städtepartnerschaft verbunden.",
          "Das Japanische Kulturinstitut Köln (The Japan Foundation) ist ein wichtiger Ort des deutsch-japanischen Kulturaustauschs.",
          "Das Museum für Ostasiatische Kunst Köln zeigt eine bedeutende Sammlung japanischer Kunst.",
        ],
      },
      ja: {
        name: "ケルン",
        agencyName: "ケルン経済振興公社（KölnBusiness）",
        tagline:
          "NRW州最大の都市。メディア、見本市、デジタル産業の拠点であり、周辺地域には多様な産業が集積しています。",
        description:
          "ケルンはNRW州最大の都市であり、ドイツ有数の経済都市です。メディア、デジタル産業、ゲーム、保険、商業が街の経済を支え、周辺地域には自動車産業や化学産業が集積しています。\n\n" +
          "ケルンメッセでは、食品、菓子、ゲームなどの分野で国際的な見本市が開催されています。ケルン・ボン空港、鉄道網、ライン川の港湾により、ケルンは西欧における重要な物流拠点となっています。\n\n" +
          "複数の大学・専門大学と活発なスタートアップ・シーンが、優秀な人材と新しいアイデアを生み出しています。",
        offerForJapan:
          "KölnBusinessは、日本企業の皆様のオフィス・事業用地・物流施設探しをお手伝いし、助成制度や会社設立の手順について情報を提供しています。また、地元企業、スタートアップのネットワーク、大学、業界団体とのコンタクトをおつなぎします。市場参入や販路開拓に向けては、ケルンメッセの見本市へのアクセスや、人材探しもサポートいたします。",
        japanFacts: [
          "ケルンと京都市は姉妹都市です。",
          "ケルン日本文化会館（国際交流基金）は、日独文化交流の重要な拠点です。",
          "ケルン東洋美術館は、日本美術の重要なコレクションを所蔵しています。",
        ],
      },
      en: {
        name: "Cologne",
        agencyName: "KölnBusiness Economic Development",
        tagline:
          "North Rhine-Westphalia's largest city – a hub for media, trade fairs and digital business, with diverse industry in the surrounding region.",
        description:
          "Cologne is the largest city in North Rhine-Westphalia and one of Germany's economically strongest metropolitan areas. Media, the digital economy, games, insurance and retail shape the city, while the automotive and chemical industries are strongly represented in the surrounding region.\n\n" +
          "Koelnmesse hosts international trade fairs for sectors such as food, confectionery and games. With Cologne Bonn Airport, the rail network and its ports on the Rhine, Cologne is an important logistics hub in western Europe.\n\n" +
          "Several universities and a lively start-up scene provide well-trained talent and new ideas.",
        offerForJapan:
          "KölnBusiness helps Japanese companies find office, commercial and logistics space, explains funding options and the steps to company formation, and connects them with companies, start-up networks, universities and industry associations. For market entry and sales, the team opens doors to Koelnmesse trade fairs and helps with the search for qualified staff.",
        japanFacts: [
          "Cologne and Kyoto are twin cities.",
          "The Japanese Cultural Institute Cologne (The Japan Foundation) is an important venue for German-Japanese cultural exchange.",
          "Cologne's Museum of East Asian Art holds a significant collection of Japanese art.",
        ],
      },
    },
  },
  {
    slug: "krefeld",
    organisationName: "Krefeld Business",
    shortName: "Krefeld Business",
    displayNames: {
      de: "Krefeld Business – Wirtschaftsförderung Krefeld",
      ja: "クレーフェルト経済振興公社（Krefeld Business）",
      en: "Krefeld Business – Krefeld Economic Development",
    },
    email: "nrw-tokyo@krefeld.example.org",
    city: "Krefeld",
    sectors: ["chemicals", "materials", "machinery", "logistics"],
    services: ["location-search", "real-estate", "matching", "funding", "recruiting", "formation-legal"],
    mapX: 22,
    mapY: 42,
    population: 228000,
    texts: {
      de: {
        name: "Krefeld",
        agencyName: "Krefeld Business",
        tagline:
          "Industriestandort am Niederrhein mit Tradition in Textil und Chemie – und nur wenige Kilometer von Düsseldorf entfernt.",
        description:
          "Krefeld ist als „Samt- und Seidenstadt“ bekannt geworden. Aus dieser Tradition hat sich ein moderner Industriestandort entwickelt, an dem Chemie, technische Textilien, Metallverarbeitung, Maschinenbau und Logistik eine wichtige Rolle spielen.\n\n" +
          "Der Rheinhafen Krefeld-Uerdingen, die Anbindung an mehrere Autobahnen und die Nähe zum Flughafen Düsseldorf machen die Stadt zu einem gut erreichbaren Standort für Produktion und Distribution.\n\n" +
          "Die Hochschule Niederrhein bildet unter anderem in Textil- und Bekleidungstechnik, Chemie und Ingenieurwissenschaften aus und ist ein gefragter Partner für anwendungsnahe Forschung.",
        offerForJapan:
          "Krefeld Business hilft japanischen Unternehmen bei der Suche nach Gewerbe- und Industrieflächen sowie nach Büro- und Hallenimmobilien, informiert über Fördermöglichkeiten und begleitet Genehmigungsverfahren. Das Team vermittelt Kontakte zu Unternehmen, Zulieferern und der Hochschule Niederrhein und unterstützt bei der Suche nach Fachkräften.",
        japanFacts: [
          "Krefeld grenzt an Meerbusch und liegt nur wenige Kilometer von Düsseldorf entfernt – der größten japanischen Community in Deutschland ganz nah.",
          "Die Nachbarstadt Willich pflegt eine Städtepartnerschaft mit Marugame in Japan.",
          "Krefeld ist Partnerkommune der Kooperation zwischen Nordrhein-Westfalen und dem Tokyo Metropolitan Government.",
        ],
      },
      ja: {
        name: "クレーフェルト",
        agencyName: "クレーフェルト経済振興公社（Krefeld Business）",
        tagline:
          "繊維と化学の伝統を持つニーダーライン地方の産業都市で、デュッセルドルフからわずか数キロの距離にあります。",
        description:
          "クレーフェルトは「ビロードと絹の街」として知られてきました。その伝統を背景に、現在では化学、産業用繊維、金属加工、機械製造、物流が重要な役割を担う近代的な産業都市へと発展しています。\n\n" +
          "クレーフェルト＝ユルディンゲンのライン川港湾、複数のアウトバーンへの接続、デュッセルドルフ空港への近さにより、生産・物流拠点として優れたアクセスを備えています。\n\n" +
          "ニーダーライン専門大学では、繊維・衣料技術、化学、工学などの分野で人材を育成しており、実用化に向けた研究のパートナーとしても高く評価されています。",
        offerForJapan:
          "Krefeld Businessは、日本企業の皆様の事業用地・工業用地、オフィスや倉庫・工場物件の探索をお手伝いし、助成制度に関する情報提供や許認可手続きのサポートを行っています。地元企業やサプライヤー、ニーダーライン専門大学とのコンタクトのご紹介、人材採用の支援も行っています。",
        japanFacts: [
          "クレーフェルトはメーアブッシュと隣接し、デュッセルドルフからも数キロの距離にあります。ドイツ最大の日本人コミュニティのすぐ近くです。",
          "隣接するヴィリッヒ市は、香川県丸亀市と姉妹都市提携を結んでいます。",
          "クレーフェルトは、NRW州と東京都の協力プロジェクトのパートナー自治体です。",
        ],
      },
      en: {
        name: "Krefeld",
        agencyName: "Krefeld Business",
        tagline:
          "An industrial city on the Lower Rhine with a tradition in textiles and chemicals – just a few kilometres from Düsseldorf.",
        description:
          "Krefeld became known as the “City of Velvet and Silk”. From this tradition, a modern industrial location has developed in which chemicals, technical textiles, metalworking, mechanical engineering and logistics play an important role.\n\n" +
          "The Rhine port of Krefeld-Uerdingen, connections to several motorways and the proximity to Düsseldorf Airport make the city an accessible location for production and distribution.\n\n" +
          "Hochschule Niederrhein University of Applied Sciences trains specialists in fields such as textile and clothing technology, chemistry and engineering, and is a sought-after partner for applied research.",
        offerForJapan:
          "Krefeld Business helps Japanese companies find commercial and industrial land as well as office and warehouse premises, explains funding options and supports them through permit procedures. The team connects you with companies, suppliers and Hochschule Niederrhein and helps with the search for skilled staff.",
        japanFacts: [
          "Krefeld borders Meerbusch and is only a few kilometres from Düsseldorf – close to the largest Japanese community in Germany.",
          "The neighbouring town of Willich is twinned with Marugame in Japan.",
          "Krefeld is a partner municipality of the cooperation between North Rhine-Westphalia and the Tokyo Metropolitan Government.",
        ],
      },
    },
  },
  {
    slug: "rhein-kreis-neuss",
    organisationName: "Wirtschaftsförderung Rhein-Kreis Neuss",
    shortName: "Wirtschaftsförderung Rhein-Kreis Neuss",
    displayNames: {
      de: "Wirtschaftsförderung Rhein-Kreis Neuss",
      ja: "ライン＝クライス・ノイス郡経済振興局",
      en: "Rhein-Kreis Neuss Economic Development",
    },
    email: "nrw-tokyo@rhein-kreis-neuss.example.org",
    city: "Neuss",
    sectors: ["logistics", "food", "materials", "energy", "chemicals", "digital"],
    services: [
      "location-search",
      "real-estate",
      "matching",
      "funding",
      "recruiting",
      "visas-relocation",
      "formation-legal",
    ],
    mapX: 27,
    mapY: 55,
    population: 455000,
    texts: {
      de: {
        name: "Rhein-Kreis Neuss",
        agencyName: "Wirtschaftsförderung Rhein-Kreis Neuss",
        tagline:
          "Starker Wirtschaftsraum zwischen Düsseldorf und Köln – mit Meerbusch als Wohnort vieler japanischer Familien.",
        description:
          "Der Rhein-Kreis Neuss liegt am linken Rheinufer zwischen Düsseldorf und Köln und umfasst acht Städte und Gemeinden, darunter Neuss, Grevenbroich, Dormagen und Meerbusch. Der Kreis ist ein wirtschaftsstarker Standort mit Logistik, Lebensmittelindustrie, Aluminiumverarbeitung, Chemie und Energie.\n\n" +
          "Die Häfen am Rhein, ein dichtes Autobahnnetz und die Nähe zum Flughafen Düsseldorf machen den Kreis zu einer der gefragtesten Logistikregionen Deutschlands.\n\n" +
          "Als Teil des Rheinischen Reviers gestaltet der Kreis den Strukturwandel nach dem Braunkohleausstieg aktiv mit – neue Gewerbe- und Industrieflächen und Projekte rund um erneuerbare Energien und Wasserstoff eröffnen zusätzliche Chancen.",
        offerForJapan:
          "Die Wirtschaftsförderung des Rhein-Kreises Neuss unterstützt japanische Unternehmen gemeinsam mit den kreisangehörigen Städten und Gemeinden bei der Suche nach Gewerbeflächen, Büros und Hallen, informiert über Förderprogramme und begleitet Genehmigungsverfahren. Sie vermittelt Kontakte zu Unternehmen und Netzwerken der Region, hilft bei der Fachkräftesuche und gibt Orientierung rund um Wohnen, Schule und Aufenthalt für Entsandte und ihre Familien.",
        japanFacts: [
          "In Meerbusch, direkt an der Stadtgrenze zu Düsseldorf, lebt eine große japanische Community.",
          "Meerbusch ist durch eine Städtepartnerschaft mit Shijonawate in der Präfektur Osaka verbunden.",
          "Der Kreis grenzt unmittelbar an Düsseldorf und bietet Flächen in direkter Nähe zum Zentrum des japanischen Lebens in Deutschland.",
        ],
      },
      ja: {
        name: "ライン＝クライス・ノイス",
        agencyName: "ライン＝クライス・ノイス郡経済振興局",
        tagline:
          "デュッセルドルフとケルンの間に広がる経済圏で、多くの日本人家族が暮らすメーアブッシュ市を擁しています。",
        description:
          "ライン＝クライス・ノイス郡は、ライン川左岸のデュッセルドルフとケルンの間に位置し、ノイス、グレーフェンブロイヒ、ドルマーゲン、メーアブッシュなど8つの市町村で構成されています。物流、食品産業、アルミニウム加工、化学、エネルギーなどの産業が集まる、経済力の高い地域です。\n\n" +
          "ライン川の港湾、密なアウトバーン網、デュッセルドルフ空港への近さにより、ドイツでも特に人気の高い物流拠点のひとつとなっています。\n\n" +
          "ライン地方の褐炭地域（Rheinisches Revier）の一部として、脱褐炭後の構造転換にも積極的に取り組んでいます。新たな事業用地・工業用地や、再生可能エネルギー・水素関連のプロジェクトが新しい可能性を広げています。",
        offerForJapan:
          "郡の経済振興局は、郡内の市町村と連携し、日本企業の皆様の事業用地・オフィス・倉庫探しをお手伝いします。助成制度に関する情報提供、許認可手続きのサポート、地域企業やネットワークのご紹介、人材採用の支援も行っています。また、駐在員とご家族のための住まい、学校、滞在手続きについてもご案内いたします。",
        japanFacts: [
          "デュッセルドルフと隣接するメーアブッシュ市には、大きな日本人コミュニティがあります。",
          "メーアブッシュ市は、大阪府四條畷市と姉妹都市提携を結んでいます。",
          "郡はデュッセルドルフに直接隣接しており、ドイツにおける日本人の生活の中心地のすぐ近くで事業用地をご提供できます。",
        ],
      },
      en: {
        name: "Rhein-Kreis Neuss",
        agencyName: "Rhein-Kreis Neuss Economic Development",
        tagline:
          "A strong economic area between Düsseldorf and Cologne – and home, in Meerbusch, to many Japanese families.",
        description:
          "The district of Rhein-Kreis Neuss lies on the left bank of the Rhine between Düsseldorf and Cologne and comprises eight towns and municipalities, including Neuss, Grevenbroich, Dormagen and Meerbusch. It is an economically strong location for logistics, food processing, aluminium, chemicals and energy.\n\n" +
          "Ports on the Rhine, a dense motorway network and the proximity to Düsseldorf Airport make the district one of Germany's most sought-after logistics regions.\n\n" +
          "As part of the Rhenish lignite mining area, the district is actively shaping the structural change after the phase-out of lignite – new commercial and industrial sites and projects in renewable energy and hydrogen open up further opportunities.",
        offerForJapan:
          "Together with the district's towns and municipalities, the economic development agency helps Japanese companies find commercial land, offices and warehouses, explains funding programmes and supports permit procedures. It connects you with regional companies and networks, helps with recruiting, and offers guidance on housing, schools and residence matters for delegated staff and their families.",
        japanFacts: [
          "Meerbusch, right on the city boundary with Düsseldorf, is home to a large Japanese community.",
          "Meerbusch is twinned with Shijonawate in Osaka Prefecture.",
          "The district borders Düsseldorf directly and offers sites right next to the centre of Japanese life in Germany.",
        ],
      },
    },
  },
];
