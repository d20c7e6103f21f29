/**
 * Country codes of the bundled world map (world-atlas 1:110m, Natural Earth, public domain).
 * Its shapes carry ISO 3166-1 numeric ids; the statistics use alpha-2. Countries too small for
 * that scale are drawn as dots at their centroid (computed once from the 1:50m shapes, so the
 * larger file is never loaded in the browser). Nothing here is fetched at run time.
 */

/** numeric + alpha-2 of every 1:110m shape with an ISO code. */
const NUMERIC_ALPHA2 =
  "784AE 004AF 008AL 051AM 024AO 010AQ 032AR 040AT 036AU 031AZ 070BA 050BD 056BE 854BF 100BG 108BI " +
  "204BJ 096BN 068BO 076BR 044BS 064BT 072BW 112BY 084BZ 124CA 180CD 140CF 178CG 756CH 384CI 152CL " +
  "120CM 156CN 170CO 188CR 192CU 196CY 203CZ 276DE 262DJ 208DK 214DO 012DZ 218EC 233EE 818EG 732EH " +
  "232ER 724ES 231ET 246FI 242FJ 238FK 250FR 266GA 826GB 268GE 288GH 304GL 270GM 324GN 226GQ 300GR " +
  "320GT 624GW 328GY 340HN 191HR 332HT 348HU 360ID 372IE 376IL 356IN 368IQ 364IR 352IS 380IT 388JM " +
  "400JO 392JP 404KE 417KG 116KH 408KP 410KR 414KW 398KZ 418LA 422LB 144LK 430LR 426LS 440LT 442LU " +
  "428LV 434LY 504MA 498MD 499ME 450MG 807MK 466ML 104MM 496MN 478MR 454MW 484MX 458MY 508MZ 516NA " +
  "540NC 562NE 566NG 558NI 528NL 578NO 524NP 554NZ 512OM 591PA 604PE 598PG 608PH 586PK 616PL 630PR " +
  "275PS 620PT 600PY 634QA 642RO 688RS 643RU 646RW 682SA 090SB 729SD 752SE 705SI 703SK 694SL 686SN " +
  "706SO 740SR 728SS 222SV 760SY 748SZ 148TD 260TF 768TG 764TH 762TJ 626TL 795TM 788TN 792TR 780TT " +
  "158TW 834TZ 804UA 800UG 840US 858UY 860UZ 862VE 704VN 548VU 887YE 710ZA 894ZM 716ZW";

/** Natural Earth shapes without an ISO numeric code, matched by name (as the server does). */
export const ALPHA2_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: "XK",
  "N. Cyprus": "CY",
  Somaliland: "SO",
};

/** alpha-2:longitude,latitude of the countries too small for 1:110m. */
const SMALL_COUNTRIES =
  "AD:1.6,42.5 AG:-61.8,17.3 AI:-63.1,18.2 AS:-170.7,-14.3 AW:-70.0,12.5 AX:20.0,60.2 BB:-59.6,13.2 " +
  "BH:50.5,26.0 BL:-62.8,17.9 BM:-64.8,32.3 CK:-159.8,-21.2 CV:-24.0,16.0 CW:-69.0,12.2 " +
  "DM:-61.4,15.4 FM:153.3,7.5 FO:-6.9,62.1 GD:-61.7,12.1 GG:-2.6,49.5 GS:-36.5,-54.5 GU:144.8,13.4 " +
  "HK:114.1,22.4 HM:73.5,-53.1 IM:-4.5,54.2 IO:72.4,-7.3 JE:-2.1,49.2 KI:-167.9,0.9 KM:43.7,-11.9 " +
  "KN:-62.7,17.3 KY:-80.9,19.4 LC:-61.0,13.9 LI:9.5,47.1 MC:7.4,43.8 MF:-63.1,18.1 MH:170.3,7.0 " +
  "MO:113.5,22.2 MP:145.6,15.8 MS:-62.2,16.7 MT:14.4,35.9 MU:57.6,-20.3 MV:73.5,3.7 NF:167.9,-29.1 " +
  "NR:166.9,-0.5 NU:-169.9,-19.0 PF:-144.8,-14.7 PM:-56.3,46.9 PN:-128.3,-24.4 PW:134.4,7.3 " +
  "SC:55.5,-4.7 SG:103.8,1.4 SH:-9.7,-12.4 SM:12.5,43.9 ST:6.7,0.4 SX:-63.1,18.1 TC:-72.0,21.8 " +
  "TO:-174.8,-20.4 VA:12.4,41.9 VC:-61.2,13.2 VG:-64.5,18.5 VI:-64.8,18.0 WF:-177.3,-13.9 " +
  "WS:-172.2,-13.8";

export const ALPHA2_BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  NUMERIC_ALPHA2.split(" ").map((entry) => [entry.slice(0, 3), entry.slice(3)]),
);

/** Centroids [longitude, latitude] of the small countries, by alpha-2. */
export const SMALL_COUNTRY_CENTROIDS: ReadonlyMap<string, readonly [number, number]> = new Map(
  SMALL_COUNTRIES.split(" ").map((entry) => {
    const [code = "", point = ""] = entry.split(":");
    const [lon = 0, lat = 0] = point.split(",").map(Number);
    return [code, [lon, lat] as const];
  }),
);
