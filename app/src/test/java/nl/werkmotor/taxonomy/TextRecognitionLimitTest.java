package nl.werkmotor.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 1: the limit per client address is not escaped by taking another address of one's own IPv6
 * network; an IPv4 client, also one written as IPv6, counts by its address.
 */
class TextRecognitionLimitTest {

    @Test
    void anIpv6ClientCountsAsItsSlash64Network() {
        assertThat(TextRecognitionLimit.client("2001:db8:1:2::1"))
                .isEqualTo(TextRecognitionLimit.client("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"))
                .isEqualTo("20010db800010002/64")
                .isNotEqualTo(TextRecognitionLimit.client("2001:db8:1:3::1"));
    }

    @Test
    void anIpv4ClientCountsByItsAddress() {
        assertThat(TextRecognitionLimit.client("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(TextRecognitionLimit.client("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(TextRecognitionLimit.client("203.0.113.8")).isNotEqualTo("203.0.113.7");
    }

    @Test
    void somethingElseCountsAsItIsWithoutALookup() {
        assertThat(TextRecognitionLimit.client("proxy.example:8080")).isEqualTo("proxy.example:8080");
    }
}
