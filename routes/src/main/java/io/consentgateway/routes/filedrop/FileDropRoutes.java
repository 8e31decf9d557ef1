package io.consentgateway.routes.filedrop;

import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.pipeline.IngestObserver;
import java.time.Clock;
import java.util.List;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A route per offline channel's file drop: {@code <directory>/<store>/*.csv} is read once it has stopped growing,
 * its rows go through the channel's route in batches, and the file is moved to {@code <directory>/.done/<store>/} —
 * or, when it cannot be read at all, to {@code <directory>/.error/<store>/} with a {@code .reason.txt} beside it. A
 * file is processed once: its content digest is kept in {@link FileDropReceipts}, so the same file dropped again is
 * set aside in {@code .done/} unprocessed, while a file interrupted by a crash is simply processed again (its stored
 * rows come back as duplicates).
 */
public final class FileDropRoutes extends RouteBuilder {

    private final List<FileDrop> drops;
    private final FileDropReceipts receipts;
    private final IngestObserver observer;
    private final Clock clock;

    public FileDropRoutes(List<FileDrop> drops, FileDropReceipts receipts, IngestObserver observer, Clock clock) {
        this.drops = List.copyOf(drops);
        this.receipts = receipts;
        this.observer = observer;
        this.clock = clock;
    }

    public static String routeIdOf(String channel) {
        return "file-drop-" + channel;
    }

    @Override
    public void configure() {
        for (FileDrop drop : drops) {
            DropFileProcessing file = new DropFileProcessing(drop, receipts, observer, clock);
            String uri = "file:" + drop.directory().toAbsolutePath()
                    + "?recursive=true&antInclude=*/*.csv"
                    + "&readLock=changed&readLockMinAge=1000&readLockCheckInterval=500"
                    + "&move=.done/${file:name.noext}.${date:now:yyyyMMddHHmmssSSS}.${file:ext}"
                    + "&moveFailed=.error/${file:name}"
                    + "&delay=" + drop.pollDelay().toMillis();
            from(uri)
                    .routeId(routeIdOf(drop.channel()))
                    .onException(Exception.class)
                    .handled(false)
                    .process(file::writeReason)
                    .end()
                    .process(file::open)
                    .choice()
                    .when(exchangeProperty(DropFileProcessing.ALREADY_PROCESSED).isEqualTo(true))
                    .log(LoggingLevel.INFO, "Dropped file ${file:name} was processed before; set aside unprocessed")
                    .stop()
                    .end()
                    .process(file::toBatches)
                    .split(body())
                    .to(MemberChannelRoutes.endpointOf(drop.channel()))
                    .end()
                    .process(file::complete);
        }
    }
}
