package dev.emailsecurity.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates believable messages from a {@link Random}: a weighted mix of dispositions, each with matching
 * senders, subjects, findings, attachments, links and SPF/DKIM/DMARC results. Same random sequence, same mail.
 */
final class MessageFactory {

    /** Recipients of the protected organisation. */
    static final List<String[]> EMPLOYEES = List.of(
            new String[] {"alice.nguyen@acme-corp.com", "Alice Nguyen"},
            new String[] {"bob.jones@acme-corp.com", "Bob Jones"},
            new String[] {"carol.diaz@acme-corp.com", "Carol Diaz"},
            new String[] {"dave.miller@acme-corp.com", "Dave Miller"},
            new String[] {"erin.walsh@acme-corp.com", "Erin Walsh"},
            new String[] {"frank.osei@acme-corp.com", "Frank Osei"},
            new String[] {"grace.kim@acme-corp.co.uk", "Grace Kim"},
            new String[] {"henry.ford@acme-corp.co.uk", "Henry Ford"},
            new String[] {"finance@acme-corp.com", "Finance Team"},
            new String[] {"payroll@acme-corp.com", "Payroll"});

    /** A disposition profile: weight, senders, subjects, reasons. */
    private record Profile(String disposition, int weight, List<String[]> senders, List<String> subjects,
            List<String> reasons, List<String> categories) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("NONE", 40, List.of(
                    new String[] {"noreply@github.com", "GitHub"},
                    new String[] {"jane.smith@partner-logistics.com", "Jane Smith"},
                    new String[] {"calendar@zoom.us", "Zoom"},
                    new String[] {"team@atlassian.net", "Atlassian"},
                    new String[] {"tom.baker@acme-supplier.de", "Tom Baker"}),
                    List.of("Q3 planning notes", "Re: shipment schedule for week 42", "Your pull request was merged",
                            "Meeting invitation: architecture review", "Updated purchase order PO-88412"),
                    List.of(), List.of()),
            new Profile("BULK", 16, List.of(
                    new String[] {"deals@shopping-weekly.com", "Shopping Weekly"},
                    new String[] {"news@saas-digest.io", "SaaS Digest"},
                    new String[] {"events@cloud-summit.events", "Cloud Summit"}),
                    List.of("This week's top deals", "Your monthly SaaS digest", "Last chance: early-bird tickets"),
                    List.of("Bulk mail from a known marketing sender"), List.of("Bulk")),
            new Profile("SPAM", 12, List.of(
                    new String[] {"winner@lottery-prizes.biz", "Prize Center"},
                    new String[] {"offers@cheap-meds-online.ru", "Pharmacy"},
                    new String[] {"crypto@fast-returns.top", "Crypto Alerts"}),
                    List.of("You have WON a prize!!!", "Cheap meds, no prescription", "10x your crypto in 7 days"),
                    List.of("Spam content score above threshold", "Sender on a spam reputation list"),
                    List.of("Spam")),
            new Profile("SUSPICIOUS", 12, List.of(
                    new String[] {"it-support@helpdesk-portal.net", "IT Support"},
                    new String[] {"docs@sharefile-secure.co", "ShareFile"},
                    new String[] {"hr@benefits-update.info", "HR Benefits"}),
                    List.of("Action required: mailbox quota exceeded", "Document shared with you: Q3-bonus.xlsx",
                            "Update your benefits enrollment"),
                    List.of("Newly registered sender domain", "Link to a credential-collection form"),
                    List.of("Credential Harvester", "Suspicious Link")),
            new Profile("MALICIOUS", 9, List.of(
                    new String[] {"security@micros0ft-login.com", "Microsoft 365"},
                    new String[] {"billing@paypa1-support.com", "PayPal"},
                    new String[] {"express@dhl-tracking-parcel.xyz", "DHL Express"}),
                    List.of("Unusual sign-in activity detected", "Your account has been limited",
                            "Parcel delivery failed - reschedule now"),
                    List.of("Credential phishing: brand impersonation", "Malicious attachment (macro dropper)",
                            "Link to a known phishing kit"),
                    List.of("Credential Harvester", "Brand Impersonation", "Malware")),
            new Profile("SPOOF", 6, List.of(
                    new String[] {"alex.carter@acme-corp.co", "Alex Carter"},
                    new String[] {"accounts@acme-c0rp.com", "Acme Accounts"}),
                    List.of("Quick favour", "Invoice 4471 overdue"),
                    List.of("Display name spoof of an executive", "DMARC failure for the header From domain"),
                    List.of("Spoof")),
            new Profile("MALICIOUS-BEC", 3, List.<String[]>of(
                    new String[] {"ceo.alex.carter@gmail.com", "Alex Carter"}),
                    List.of("Urgent wire transfer needed today", "Are you at your desk?"),
                    List.of("Business email compromise: payment request from a free-mail impersonator"),
                    List.of("BEC", "Impersonation")),
            new Profile("ENCRYPTED", 1, List.<String[]>of(
                    new String[] {"secure@bank-notices.com", "Bank Notices"}),
                    List.of("Encrypted statement"), List.of("Encrypted content could not be scanned"),
                    List.of()),
            new Profile("EXTERNAL", 1, List.<String[]>of(
                    new String[] {"partner@external-vendor.net", "Vendor"}),
                    List.of("[EXTERNAL] contract draft"), List.of("Flagged as external"), List.of()));

    private static final String[][] NETWORKS = {
        {"GOOGLE", "15169", "US"}, {"MICROSOFT-CORP-MSN-AS-BLOCK", "8075", "US"}, {"AMAZON-02", "16509", "IE"},
        {"OVH SAS", "16276", "FR"}, {"DIGITALOCEAN-ASN", "14061", "NL"}, {"CHINANET-BACKBONE", "4134", "CN"},
        {"HETZNER-AS", "24940", "DE"}, {"SELECTEL", "49505", "RU"}};

    private static final String ALPHANUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int TOTAL_WEIGHT = PROFILES.stream().mapToInt(Profile::weight).sum();

    private static final java.time.format.DateTimeFormatter ID_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Random random;
    /** Strings many messages have in common (bodies, hashes of subject and sender), held once. */
    private final Map<String, String> shared = new HashMap<>();

    MessageFactory(Random random) {
        this.random = random;
    }

    /** A new message scanned at the given instant. */
    StoredMessage create(Instant scannedAt) {
        Profile p = pickProfile();
        StoredMessage m = new StoredMessage();
        m.scannedAt = scannedAt.truncatedTo(ChronoUnit.SECONDS);
        m.sentAt = m.scannedAt.minusSeconds(2 + random.nextInt(40));
        m.postfixId = token(10);
        m.id = investigateId(m.postfixId, m.scannedAt);
        m.disposition = p.disposition();
        String[] sender = pick(p.senders());
        m.from = sender[0];
        m.fromName = sender[1];
        m.senderDomain = m.from.substring(m.from.indexOf('@') + 1);
        m.messageId = "<" + token(12).toLowerCase() + "." + token(6).toLowerCase() + "@" + m.senderDomain + ">";
        int recipients = 1 + (random.nextInt(5) == 0 ? 1 : 0);
        for (int i = 0; i < recipients; i++) {
            String[] r = pick(EMPLOYEES);
            if (!m.to.contains(r[0])) {
                m.to.add(r[0]);
                m.toName.add(r[1]);
            }
        }
        m.subject = pick(p.subjects());
        m.body = shared.computeIfAbsent(bodyFor(m), b -> b);
        m.detectionReasons.addAll(p.reasons());
        m.threatCategories.addAll(p.categories());
        m.edfHash = m.isDetection() ? shared.computeIfAbsent("edf:" + m.subject + m.from,
                k -> sha256(m.subject + m.from).substring(0, 40)) : null;
        m.alertId = m.isDetection() ? m.id + "-alert" : null;
        addAuthentication(m);
        addNetwork(m);
        addFindingsAndContent(m);
        m.deliveryMode = random.nextInt(10) < 8 ? "DIRECT" : pick(List.of("BCC", "JOURNAL", "API"));
        m.quarantined = switch (m.disposition) {
            case "MALICIOUS", "MALICIOUS-BEC", "SPOOF" -> true;
            case "SUSPICIOUS" -> random.nextBoolean();
            default -> false;
        };
        m.deliveryStatus.add(m.quarantined ? "quarantined" : "delivered");
        m.compact();
        return m;
    }

    /** The investigate id shape of the API: {@code <postfix>-<yyyy-MM-ddTHH:mm:ss>-<8 digits>}. */
    private String investigateId(String postfixId, Instant scannedAt) {
        LocalDateTime t = LocalDateTime.ofInstant(scannedAt, ZoneOffset.UTC);
        return postfixId + "-" + ID_TIME.format(t) + "-" + (10_000_000 + random.nextInt(90_000_000));
    }

    private Profile pickProfile() {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (Profile p : PROFILES) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return PROFILES.get(0);
    }

    private void addAuthentication(StoredMessage m) {
        switch (m.disposition) {
            case "NONE", "BULK", "ENCRYPTED", "EXTERNAL" -> {
                m.spf = "pass";
                m.dkim = random.nextInt(10) == 0 ? "none" : "pass";
                m.dmarc = "pass";
            }
            case "SPOOF" -> {
                m.spf = pick(List.of("fail", "neutral"));
                m.dkim = "none";
                m.dmarc = "fail";
            }
            case "MALICIOUS-BEC" -> {
                m.spf = "pass";
                m.dkim = "pass";
                m.dmarc = "pass";
            }
            default -> {
                m.spf = pick(List.of("pass", "fail", "neutral", "none"));
                m.dkim = pick(List.of("pass", "none", "fail"));
                m.dmarc = pick(List.of("fail", "none", "pass"));
            }
        }
    }

    private void addNetwork(StoredMessage m) {
        String[] net = m.isDetection() ? NETWORKS[3 + random.nextInt(NETWORKS.length - 3)] : NETWORKS[random.nextInt(3)];
        m.asName = net[0];
        m.asNumber = Integer.parseInt(net[1]);
        m.geo = net[2];
        m.senderIp = (20 + random.nextInt(180)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
    }

    private void addFindingsAndContent(StoredMessage m) {
        String domain = m.senderDomain;
        m.links.add(new StoredMessage.Link("https://" + domain + "/" + token(6).toLowerCase(), "Open"));
        if (!m.isDetection()) {
            if (random.nextInt(4) == 0) {
                m.attachments.add(attachment("agenda.pdf", "application/pdf", null));
            }
            return;
        }
        double score = switch (m.disposition) {
            case "MALICIOUS", "MALICIOUS-BEC" -> 0.9 + random.nextInt(10) / 100.0;
            case "SUSPICIOUS", "SPOOF" -> 0.6 + random.nextInt(25) / 100.0;
            default -> 0.3 + random.nextInt(30) / 100.0;
        };
        for (String reason : m.detectionReasons) {
            m.findings.add(new StoredMessage.Finding(shared.computeIfAbsent(reason.split(":")[0], n -> n), reason, m.disposition, score, "body",
                    domain));
        }
        if ("MALICIOUS".equals(m.disposition) && random.nextBoolean()) {
            m.attachments.add(attachment("Invoice_" + (1000 + random.nextInt(9000)) + ".docm",
                    "application/vnd.ms-word.document.macroEnabled.12", "MALICIOUS"));
        } else if ("SUSPICIOUS".equals(m.disposition) && random.nextBoolean()) {
            m.attachments.add(attachment("statement.html", "text/html", "SUSPICIOUS"));
        }
        if (m.disposition.startsWith("MALICIOUS") || "SUSPICIOUS".equals(m.disposition)) {
            m.links.add(new StoredMessage.Link("https://" + domain + "/login?session=" + token(8), "Verify now"));
        }
    }

    private StoredMessage.Attachment attachment(String name, String type, String detection) {
        String seed = name + token(8);
        return new StoredMessage.Attachment(name, type, 8_000 + random.nextInt(400_000), detection,
                hash("MD5", seed), hash("SHA-1", seed), sha256(seed));
    }

    private String bodyFor(StoredMessage m) {
        String greeting = "Hi " + m.toName.get(0).split(" ")[0] + ",";
        return switch (m.disposition) {
            case "MALICIOUS", "SUSPICIOUS" -> greeting + "\n\nWe detected an issue with your account. Please verify "
                    + "your credentials within 24 hours to avoid suspension.\n\n" + m.fromName + " Team";
            case "MALICIOUS-BEC", "SPOOF" -> greeting + "\n\nI need you to process a payment today. I am in meetings, "
                    + "reply by email only.\n\nAlex";
            case "SPAM", "BULK" -> greeting + "\n\nDon't miss out on this week's offers.\n\nUnsubscribe at any time.";
            default -> greeting + "\n\nPlease find the details below.\n\nBest regards,\n" + m.fromName;
        };
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String token(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHANUM.charAt(random.nextInt(ALPHANUM.length())));
        }
        return sb.toString();
    }

    /** Offsets for n seeded messages over the last 30 days, newest first, the newest a few minutes old. */
    List<Instant> spread(Instant now, int n) {
        List<Instant> times = new java.util.ArrayList<>();
        long span = Duration.ofDays(30).minusHours(1).toSeconds();
        times.add(now.minusSeconds(180 + random.nextInt(120)));
        for (int i = 1; i < n; i++) {
            times.add(now.minusSeconds(300 + (long) (random.nextDouble() * span)));
        }
        times.sort(java.util.Comparator.reverseOrder());
        return times;
    }

    private static String sha256(String s) {
        return hash("SHA-256", s);
    }

    private static String hash(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
