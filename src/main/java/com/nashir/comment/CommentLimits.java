package com.nashir.comment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse guards that are configuration ({@code nashir.comments.*}); what editors change while the
 * site runs (blocked words and addresses, links allowed) is the {@link CommentPolicy} instead.
 *
 * @param minDelay       the least time between loading the form and posting it
 * @param formMaxAge     a form older than this asks the reader to reload the page
 * @param window         the period the two rate limits count over
 * @param perAddress     comments one network address may post in the window, site-wide
 * @param perArticle     comments one article may receive in the window, from everyone together
 */
@ConfigurationProperties("nashir.comments")
public record CommentLimits(Duration minDelay, Duration formMaxAge, Duration window, int perAddress, int perArticle) {

    public CommentLimits {
        minDelay = minDelay == null ? Duration.ofSeconds(3) : minDelay;
        formMaxAge = formMaxAge == null ? Duration.ofHours(24) : formMaxAge;
        window = window == null ? Duration.ofMinutes(10) : window;
        perAddress = perAddress <= 0 ? 5 : perAddress;
        perArticle = perArticle <= 0 ? 30 : perArticle;
    }
}
