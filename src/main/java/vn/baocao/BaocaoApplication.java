package vn.baocao;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.baocao.draft.DraftCampaign;
import vn.baocao.operations.BackupCommand;
import vn.baocao.system.CheckConfig;
import vn.baocao.system.ClassList;
import vn.baocao.system.QuickCompiler;

/**
 * baocao: daily field reports from hamlet leads over chat, consolidated for the
 * committee.
 */
@SpringBootApplication
public class BaocaoApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(CheckConfig.FLAG)) {
			System.exit(CheckConfig.run(List.of(args), System.out));
		}
		if (args.length > 0 && args[0].equals(DraftCampaign.FLAG)) {
			System.exit(DraftCampaign.run(List.of(args), utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
		}
		if (BackupCommand.handles(args)) {
			System.exit(BackupCommand.run(List.of(args), System.getenv(), System.out, System.err));
		}
		ClassList.preloadInBackground();
		QuickCompiler.chooseInBackground();
		SpringApplication.run(BaocaoApplication.class, args);
	}

	/** The draft is Vietnamese whatever the terminal's locale says. */
	private static PrintStream utf8(FileDescriptor fd) {
		return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
	}

}
