import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetsService } from './password-resets.service';

@Module({
  imports: [UsersModule, AuthModule, MailModule, TypeOrmModule.forFeature([PasswordReset])],
  controllers: [AccountController, PasswordResetController],
  providers: [AccountService, PasswordResetsService],
  exports: [AccountService, PasswordResetsService],
})
export class AccountModule {}
