import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** E-mail out of the service: reminders, invitations, password resets. */
@Module({
  providers: [Mailer],
  exports: [Mailer],
})
export class MailModule {}
