package vn.baocao.channel;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.baocao.BaocaoApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class PublicUrlStartupTest {

	@Test
	void aPublicAddressThatIsNoWebAddressStopsStartUpWithOneMessage(@TempDir Path dir, CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BaocaoApplication.class).run("--server.port=0",
				"--baocao.db-path=" + dir.resolve("x.db"), "--baocao.public-url=baocao.xa-an-phu.vn"))
			.isInstanceOf(Exception.class);
		assertThat(output.getOut() + output.getErr()).contains(
				"Setting error: BAOCAO_PUBLIC_URL (baocao.public-url)=baocao.xa-an-phu.vn: expected the address the internet reaches this server at, such as https://baocao.example.vn");
	}

}
