package com.siteline.channel.sms;

import com.siteline.sdk.ChannelException;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.OutgoingText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/** One transceiver bind to the SMSC: submits texts, and passes receipts and customers' messages to the host. */
final class SmppConnection implements CustomerChannel.Connection, MessageReceiverListener {

    /** Receipts name a message by the id the SMSC answered, some in decimal where the answer was hex. */
    private static final int REMEMBERED = 50_000;

    private final SMPPSession session;
    private final CustomerChannel.Receiver receiver;
    private final String source;
    private final String signature;
    private final Set<String> approvedKinds;
    private final Map<String, String> references = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    private SmppConnection(SMPPSession session, CustomerChannel.Receiver receiver, Map<String, String> settings) {
        this.session = session;
        this.receiver = receiver;
        this.source = settings.get(SmppChannel.SOURCE);
        this.signature = blankToNull(settings.get(SmppChannel.SIGNATURE));
        String kinds = settings.getOrDefault(SmppChannel.KINDS, "");
        this.approvedKinds = kinds.isBlank()
                ? Set.of()
                : Arrays.stream(kinds.split(","))
                        .map(String::trim)
                        .filter(k -> !k.isEmpty())
                        .collect(Collectors.toSet());
    }

    static SmppConnection open(Map<String, String> settings, CustomerChannel.Receiver receiver)
            throws ChannelException {
        String host = required(settings, SmppChannel.HOST);
        int port = number(settings, SmppChannel.PORT, 2775);
        int timeout = number(settings, SmppChannel.TIMEOUT, 5000);
        SMPPSession session = new SMPPSession();
        session.setTransactionTimer(timeout);
        session.setEnquireLinkTimer(30_000);
        SmppConnection connection = new SmppConnection(session, receiver, settings);
        session.setMessageReceiverListener(connection);
        try {
            session.connectAndBind(
                    host,
                    port,
                    new BindParameter(
                            BindType.BIND_TRX,
                            required(settings, SmppChannel.SYSTEM_ID),
                            required(settings, SmppChannel.PASSWORD),
                            "",
                            TypeOfNumber.UNKNOWN,
                            NumberingPlanIndicator.UNKNOWN,
                            null),
                    timeout);
        } catch (IOException e) {
            session.close();
            throw new ChannelException(
                    bindProblem(host, port, e), !(e.getCause() instanceof NegativeResponseException), e);
        }
        return connection;
    }

    private static String bindProblem(String host, int port, IOException e) {
        if (e.getCause() instanceof NegativeResponseException refused) {
            return switch (refused.getCommandStatus()) {
                case SMPPConstant.STAT_ESME_RINVPASWD -> "the SMSC refused the password (ESME_RINVPASWD)";
                case SMPPConstant.STAT_ESME_RINVSYSID -> "the SMSC does not know this account (ESME_RINVSYSID)";
                default ->
                    "the SMSC refused the bind (status 0x" + Integer.toHexString(refused.getCommandStatus()) + ")";
            };
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + host;
        }
        if (e instanceof ConnectException) {
            return "nothing answers at " + host + ":" + port + " (" + e.getMessage() + ")";
        }
        if (e.getCause() instanceof ResponseTimeoutException) {
            return "the SMSC at " + host + ":" + port + " did not answer the bind in time";
        }
        return "could not bind to " + host + ":" + port + ": " + e.getMessage();
    }

    @Override
    public List<String> send(OutgoingText message) throws ChannelException {
        if (!approvedKinds.isEmpty() && !approvedKinds.contains(message.kind())) {
            throw new ChannelException("no approved SMS template for messages of kind " + message.kind(), false);
        }
        String name = signature != null ? signature : message.signature();
        String text = name == null || name.isBlank() || message.text().startsWith("【")
                ? message.text()
                : "【" + name + "】" + message.text();
        SmsParts.Split split = SmsParts.split(text, ThreadLocalRandom.current().nextInt(256));
        ESMClass esm = split.concatenated()
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        GeneralDataCoding coding = new GeneralDataCoding(split.ucs2() ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
        List<String> ids = new ArrayList<>();
        for (byte[] part : split.parts()) {
            try {
                String id = session.submitShortMessage(
                                "",
                                TypeOfNumber.UNKNOWN,
                                NumberingPlanIndicator.UNKNOWN,
                                source,
                                TypeOfNumber.UNKNOWN,
                                NumberingPlanIndicator.ISDN,
                                message.address(),
                                esm,
                                (byte) 0,
                                (byte) 1,
                                null,
                                null,
                                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                                (byte) 0,
                                coding,
                                (byte) 0,
                                part)
                        .getMessageId();
                remember(id);
                ids.add(id);
            } catch (NegativeResponseException e) {
                throw refused(e, ids.size(), split.parts().size());
            } catch (ResponseTimeoutException e) {
                throw new ChannelException("the SMSC did not answer in time", true, e);
            } catch (IOException e) {
                throw new ChannelException("the connection to the SMSC was lost: " + e.getMessage(), true, e);
            } catch (PDUException | InvalidResponseException e) {
                throw new ChannelException("the SMSC could not take this message: " + e.getMessage(), false, e);
            }
        }
        return ids;
    }

    private static ChannelException refused(NegativeResponseException e, int sent, int parts) {
        String progress = parts > 1 ? " (part " + (sent + 1) + " of " + parts + ")" : "";
        return switch (e.getCommandStatus()) {
            case SMPPConstant.STAT_ESME_RTHROTTLED ->
                new ChannelException("the SMSC is throttling (ESME_RTHROTTLED)" + progress, true, e);
            case SMPPConstant.STAT_ESME_RMSGQFUL ->
                new ChannelException("the SMSC's queue is full (ESME_RMSGQFUL)" + progress, true, e);
            case SMPPConstant.STAT_ESME_RINVDSTADR ->
                new ChannelException("the SMSC refused the number (ESME_RINVDSTADR)", false, e);
            default ->
                new ChannelException(
                        "the SMSC refused the message (status 0x" + Integer.toHexString(e.getCommandStatus()) + ")"
                                + progress,
                        false,
                        e);
        };
    }

    private void remember(String id) {
        synchronized (references) {
            references.put(id, id);
            try {
                references.put(Long.toString(Long.parseLong(id, 16)), id);
            } catch (NumberFormatException notHex) {
                // an id that is no hex number comes back as it is
            }
        }
    }

    private String referenceOf(String receiptId) {
        synchronized (references) {
            String id = references.get(receiptId);
            if (id == null && receiptId.matches("\\d+")) {
                // a receipt for a message this connection did not send (sent before a reconnect): hex, as SMSCs answer
                return Long.toHexString(Long.parseLong(receiptId)).toUpperCase();
            }
            return id == null ? receiptId : id;
        }
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                boolean delivered = receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD;
                receiver.receipt(
                        referenceOf(receipt.getId()),
                        delivered,
                        delivered ? null : receipt.getFinalStatus() + " " + receipt.getError());
            } catch (InvalidDeliveryReceiptException e) {
                throw new ProcessRequestException("unreadable receipt", SMPPConstant.STAT_ESME_RSYSERR);
            }
            return;
        }
        receiver.reply(deliverSm.getSourceAddr(), textOf(deliverSm));
    }

    private static String textOf(DeliverSm sm) {
        byte[] bytes = sm.getShortMessage();
        boolean ucs2 = (sm.getDataCoding() & 0x0c) == 0x08;
        if (GSMSpecificFeature.UDHI.containedIn(sm.getEsmClass()) && bytes.length > 0) {
            bytes = Arrays.copyOfRange(bytes, 1 + (bytes[0] & 0xff), bytes.length);
        }
        return new String(bytes, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // not used: the host asks for no alerts
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public boolean isOpen() {
        return session.getSessionState().isBound();
    }

    @Override
    public void close() {
        if (session.getSessionState().isBound()) {
            session.unbindAndClose();
        } else {
            session.close();
        }
    }

    private static String required(Map<String, String> settings, String key) throws ChannelException {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new ChannelException("the setting " + key + " is empty", false);
        }
        return value.trim();
    }

    private static int number(Map<String, String> settings, String key, int otherwise) throws ChannelException {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ChannelException("the setting " + key + " is not a number: " + value, false);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
