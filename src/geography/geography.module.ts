import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { County } from './county.entity';
import { GeographyController } from './geography.controller';
import { GeographyService } from './geography.service';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';

@Module({
  imports: [TypeOrmModule.forFeature([County, Municipality, Organisation])],
  controllers: [GeographyController],
  providers: [GeographyService],
  exports: [GeographyService],
})
export class GeographyModule {}
