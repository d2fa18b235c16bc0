package no.fellesgrunn.web.calendar;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the private calendar feed at {@code /calendar/{token}.ics}. A wrong or revoked token
 * gets a bare 404: nothing says whether such a person or token ever existed.
 */
@RestController
public class CalendarFeedController {
    private final CalendarSubscription subscriptions;

    public CalendarFeedController(CalendarSubscription subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/calendar/{token}.ics")
    public ResponseEntity<byte[]> feed(@PathVariable String token) {
        return subscriptions
                .feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(IcsCalendar.MEDIA_TYPE))
                        .cacheControl(CacheControl.noStore())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
