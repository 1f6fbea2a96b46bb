package com.siteline.channel.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A real SMSC for tests, on jSMPP's server side in this JVM: takes transceiver binds for one account, answers
 * submit_sm (or throttles, or drops the connection, when told to), and sends receipts and customers' messages
 * (deliver_sm) when the test says, in the order it says.
 */
public final class Smsc implements ServerMessageReceiverListener, AutoCloseable {

    public record Submitted(String id, String from, String to, byte[] bytes, boolean ucs2, boolean udh) {

        /** The text of this part without its header. */
        public String text() {
            int skip = udh ? 1 + (bytes[0] & 0xff) : 0;
            byte[] body = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
            return new String(body, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
        }
    }

    public final int port;
    final String systemId;
    final String password;
    public final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    public final AtomicInteger throttleNext = new AtomicInteger();
    public final AtomicInteger dropAtSubmit = new AtomicInteger(-1);
    /** Message ids as an SMSC hands them out; each server starts elsewhere, as a restarted one may. */
    private final AtomicInteger ids = new AtomicInteger(
            0x1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0x100000));

    private final Map<String, SMPPServerSession> owner = new ConcurrentHashMap<>();
    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile boolean running = true;

    public Smsc(String systemId, String password) throws IOException {
        this.systemId = systemId;
        this.password = password;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        this.listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(this);
        threads.submit(this::acceptLoop);
    }

    private void acceptLoop() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                session.setMessageReceiverListener(this);
                threads.submit(() -> bind(session));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            if (!systemId.equals(request.getSystemId())) {
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
            } else if (!password.equals(request.getPassword())) {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            } else {
                request.accept("smsc");
                sessions.add(session);
            }
        } catch (Exception e) {
            session.close();
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        if (dropAtSubmit.get() == submitted.size()) {
            dropAtSubmit.set(-1);
            source.close();
            throw new ProcessRequestException("gone", SMPPConstant.STAT_ESME_RSYSERR);
        }
        String id = Integer.toHexString(ids.incrementAndGet()).toUpperCase();
        submitted.add(new Submitted(
                id,
                submitSm.getSourceAddr(),
                submitSm.getDestAddress(),
                submitSm.getShortMessage(),
                (submitSm.getDataCoding() & 0x0c) == 0x08,
                GSMSpecificFeature.UDHI.containedIn(submitSm.getEsmClass())));
        owner.put(id, source);
        try {
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    /** The whole texts a phone would show: concatenated parts joined by their reference, an incomplete set left out. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        Map<Integer, StringBuilder> open = new java.util.HashMap<>();
        Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (Submitted part : submitted) {
            if (!part.udh()) {
                texts.add(part.text());
                continue;
            }
            int reference = part.bytes()[3] & 0xff;
            if ((part.bytes()[5] & 0xff) == 1) {
                open.put(reference, new StringBuilder());
                seen.put(reference, 0);
            }
            open.get(reference).append(part.text());
            seen.merge(reference, 1, Integer::sum);
            if (seen.get(reference) == (part.bytes()[4] & 0xff)) {
                texts.add(open.remove(reference).toString());
            }
        }
        return Collections.unmodifiableList(texts);
    }

    /** Sends a delivery receipt for a submitted part, the id in decimal as many SMSCs write it. */
    public void receipt(String id, DeliveryReceiptState state) throws Exception {
        SMPPServerSession session = owner.get(id);
        Submitted part =
                submitted.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        DeliveryReceipt receipt = new DeliveryReceipt(
                Long.toString(Long.parseLong(id, 16)),
                1,
                state == DeliveryReceiptState.DELIVRD ? 1 : 0,
                new java.util.Date(),
                new java.util.Date(),
                state,
                state == DeliveryReceiptState.DELIVRD ? "000" : "011",
                "");
        session.deliverShortMessage(
                "",
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                part.to(),
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                part.from(),
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                (byte) 0,
                (byte) 0,
                new RegisteredDelivery(0),
                DataCodings.ZERO,
                receipt.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A customer's own message (MO) from a phone, in UCS-2. */
    public void customerSends(String from, String to, String text) throws Exception {
        sessions.getLast()
                .deliverShortMessage(
                        "",
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.ISDN,
                        from,
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        to,
                        new ESMClass(),
                        (byte) 0,
                        (byte) 0,
                        new RegisteredDelivery(0),
                        new GeneralDataCoding(Alphabet.ALPHA_UCS2),
                        text.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void close() throws IOException {
        running = false;
        sessions.forEach(SMPPServerSession::close);
        listener.close();
        threads.shutdownNow();
    }
}
