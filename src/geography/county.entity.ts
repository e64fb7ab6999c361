import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('county')
export class County {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;
}
